package org.coalition.coalition;

/** The part someone plays in one coalition. */
public enum CoalitionRole {
    /** An executive who backs the coalition and decides on its milestones. */
    SPONSOR("Sponsor"),
    /** Does the work: maps stakeholders, holds conversations, updates tasks. */
    MEMBER("Member"),
    /** Follows progress read-only. */
    OBSERVER("Observer");

    private final String label;

    CoalitionRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
