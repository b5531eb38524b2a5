package org.coalition.platform;

import org.coalition.shared.Refusal;

/** The record asked for does not exist (any more). */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(Refusal refusal, Object... arguments) {
        super(refusal, arguments);
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
