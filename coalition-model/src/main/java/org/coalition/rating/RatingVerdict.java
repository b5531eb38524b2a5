package org.coalition.rating;

/** What a closed round says about a stakeholder: the members agree with the register, or the stance is assumed. */
public enum RatingVerdict {
    AGREED("Agreed"),
    ASSUMED("Assumed");

    private final String label;

    RatingVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static RatingVerdict of(RatingOutcome outcome) {
        return outcome.flagged() ? ASSUMED : AGREED;
    }
}
