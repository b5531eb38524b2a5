package org.coalition.platform;

/** Someone else saved the same record since it was loaded: nothing was overwritten. */
public class ConcurrentEditException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else while you were editing. Reload to see their changes, then apply yours again.");
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
