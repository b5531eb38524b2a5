package org.coalition.stakeholder;

/**
 * What a stakeholder can do to a decision: approve it, stop it on their own, or sway those who decide. A
 * stakeholder without one is no decision maker.
 */
public enum DecisionRole {
    APPROVER("Approver"),
    VETO_HOLDER("Veto holder"),
    INFLUENCER("Influencer");

    private final String label;

    DecisionRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a decision needs this person's yes (an approver) or their not saying no (a veto holder). */
    public boolean decides() {
        return this != INFLUENCER;
    }
}
