package org.coalition.health;

/** The four classic coalition pitfalls, with the share of the health score each one weighs. */
public enum Pitfall {
    ASSUMED_ALIGNMENT("Assuming alignment", 30),
    SKIPPED_TRUST("Skipping trust-building", 25),
    SPORADIC_COMMUNICATION("Sporadic communication", 25),
    IGNORED_DIFFERENCES("Ignored differences", 20);

    private final String label;
    private final int weight;

    Pitfall(String label, int weight) {
        this.label = label;
        this.weight = weight;
    }

    public String label() {
        return label;
    }

    /** Points out of 100 this area contributes when nothing is wrong in it. */
    public int weight() {
        return weight;
    }
}
