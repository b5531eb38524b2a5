package org.coalition.platform;

import org.coalition.shared.Refusal;

/** The input is well-formed but breaks a rule of the method (e.g. a stance change without a reason). */
public class RuleViolationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RuleViolationException(Refusal refusal, Object... arguments) {
        super(refusal, arguments);
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
