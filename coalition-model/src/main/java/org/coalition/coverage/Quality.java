package org.coalition.coverage;

/**
 * What someone brings to a guiding coalition (Kotter): enough of the key players (position power), the relevant
 * disciplines (expertise), people others take seriously (credibility), and proven leaders to drive the change.
 */
public enum Quality {
    POSITION_POWER("Position power"),
    EXPERTISE("Expertise"),
    CREDIBILITY("Credibility"),
    LEADERSHIP("Leadership");

    private final String label;

    Quality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
