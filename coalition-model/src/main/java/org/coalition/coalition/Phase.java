package org.coalition.coalition;

/** Where a coalition stands in the method, from first conversations to archive. */
public enum Phase {
    DISCOVERY("Discovery"),
    TRUST_BUILDING("Trust building"),
    MAIN_INITIATIVE("Main initiative"),
    SUSTAINING("Sustaining"),
    CLOSED("Closed");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
