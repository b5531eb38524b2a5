package org.coalition.platform;

import jakarta.ejb.ApplicationException;
import org.coalition.shared.Refusal;

/**
 * An expected refusal: which {@link Refusal} and with what arguments, so that a page words it in its own language
 * and the API names it by its problem type. Its message is the English sentence, for logs. Rolls the transaction
 * back, reaches the caller unwrapped, and is never shown with a stack trace.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Refusal refusal;
    private final transient Object[] arguments;

    protected BusinessException(Refusal refusal, Object... arguments) {
        super(refusal.english(arguments));
        if (arguments.length != refusal.arity()) {
            throw new IllegalArgumentException(
                    refusal + " takes " + refusal.arity() + " arguments, not " + arguments.length);
        }
        this.refusal = refusal;
        this.arguments = arguments.clone();
    }

    /** Which refusal this is. */
    public Refusal refusal() {
        return refusal;
    }

    /** The values of the refusal's sentence, in order ({@link Refusal.Subject}s and enum constants still to be worded). */
    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    /** The HTTP status a page or API answers with when this is the outcome of a request. */
    public abstract int httpStatus();
}
