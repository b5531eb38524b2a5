package org.coalition.platform;

import org.coalition.shared.Refusal;

/** The change is possible but risky: it is made only once the person confirms the warning. */
public class ConfirmationRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConfirmationRequiredException(Refusal refusal, Object... arguments) {
        super(refusal, arguments);
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
