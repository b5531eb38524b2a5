package org.coalition.access;

import org.coalition.platform.BusinessException;
import org.coalition.shared.Refusal;

/** The caller may not do this in this coalition. */
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(Refusal refusal, Object... arguments) {
        super(refusal, arguments);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
