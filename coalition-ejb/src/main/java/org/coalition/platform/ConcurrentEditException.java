package org.coalition.platform;

import org.coalition.shared.Refusal;

/** Someone else saved the same record since it was loaded: nothing was overwritten. */
public class ConcurrentEditException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** {@code what} was changed by someone else while the caller was editing it. */
    public ConcurrentEditException(Refusal.Subject what) {
        super(Refusal.CONCURRENT_EDIT, what);
    }

    /** Another refusal of a late edit, e.g. a milestone someone else decided meanwhile. */
    public ConcurrentEditException(Refusal refusal, Object... arguments) {
        super(refusal, arguments);
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
