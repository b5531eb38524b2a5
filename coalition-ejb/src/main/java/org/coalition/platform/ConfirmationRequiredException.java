package org.coalition.platform;

/** The change is possible but risky: it is made only once the person confirms the warning. */
public class ConfirmationRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConfirmationRequiredException(String warning) {
        super(warning);
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
