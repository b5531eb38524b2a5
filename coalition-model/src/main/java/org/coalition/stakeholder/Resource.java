package org.coalition.stakeholder;

/** What a stakeholder controls that the coalition may need. */
public enum Resource {
    BUDGET("Budget"),
    DATA("Data"),
    PEOPLE("People"),
    DECISION_RIGHTS("Decision rights"),
    EXPERTISE("Expertise");

    private final String label;

    Resource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
