package org.coalition.platform;

/** The record asked for does not exist (any more). */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String userMessage) {
        super(userMessage);
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
