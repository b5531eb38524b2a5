package org.coalition.platform;

import jakarta.ejb.ApplicationException;

/**
 * An expected failure with a message meant for the person at the screen. Rolls the transaction
 * back, reaches the caller unwrapped, and is never shown with a stack trace.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected BusinessException(String userMessage) {
        super(userMessage);
    }

    /** The HTTP status a page or API answers with when this is the outcome of a request. */
    public abstract int httpStatus();
}
