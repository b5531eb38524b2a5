package org.coalition.network;

/** How one person has another's ear. */
public enum InfluenceKind {
    REPORTS_TO("Reports to"),
    TRUSTED_PEER("Trusted peer"),
    BUDGET_HOLDER("Holds the budget"),
    CUSTOMER_VOICE("Customer voice"),
    MENTOR("Mentor"),
    OTHER("Other");

    private final String label;

    InfluenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
