package org.coalition.access;

import org.coalition.platform.BusinessException;

/** The caller may not do this in this coalition. */
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String userMessage) {
        super(userMessage);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
