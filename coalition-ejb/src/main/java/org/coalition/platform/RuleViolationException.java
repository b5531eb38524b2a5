package org.coalition.platform;

/** The input is well-formed but breaks a rule of the method (e.g. a stance change without a reason). */
public class RuleViolationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RuleViolationException(String userMessage) {
        super(userMessage);
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
