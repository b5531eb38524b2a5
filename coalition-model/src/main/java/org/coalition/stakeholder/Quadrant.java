package org.coalition.stakeholder;

/**
 * The four quadrants of the influence × interest grid and how to treat the people in each.
 * A rating of 3 or more (the middle of the 1–5 scale and above) counts as high: when in doubt, pay
 * more attention, not less.
 */
public enum Quadrant {
    MANAGE_CLOSELY("Manage closely", "High influence, high interest: involve them, hold regular one-on-ones."),
    KEEP_SATISFIED("Keep satisfied", "High influence, lower interest: address their concerns, don't overload them."),
    KEEP_INFORMED("Keep informed", "Lower influence, high interest: keep them in the loop; they can become allies."),
    MONITOR("Monitor", "Lower influence, lower interest: watch for changes, minimum effort.");

    /** The lowest rating that counts as high. */
    public static final int HIGH_FROM = 3;

    private final String label;
    private final String advice;

    Quadrant(String label, String advice) {
        this.label = label;
        this.advice = advice;
    }

    public static Quadrant of(int influence, int interest) {
        boolean highInfluence = influence >= HIGH_FROM;
        boolean highInterest = interest >= HIGH_FROM;
        if (highInfluence) {
            return highInterest ? MANAGE_CLOSELY : KEEP_SATISFIED;
        }
        return highInterest ? KEEP_INFORMED : MONITOR;
    }

    public String label() {
        return label;
    }

    public String advice() {
        return advice;
    }
}
