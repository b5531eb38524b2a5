package org.coalition.stakeholder;

/** Where someone sits in the organisation. */
public enum Level {
    INDIVIDUAL_CONTRIBUTOR("Individual contributor"),
    MANAGER("Manager"),
    DIRECTOR("Director"),
    EXECUTIVE("Executive");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
