package org.coalition.engagement;

/** What drives a person, as heard in a one-on-one conversation. */
public enum MotivationCategory {
    DATA_AND_EFFICIENCY("Data and efficiency"),
    TEAM_MORALE("Team morale"),
    CAREER_ADVANCEMENT("Career advancement"),
    CUSTOMER_OUTCOMES("Customer outcomes"),
    BUDGET_AND_COST("Budget and cost"),
    RISK_AND_COMPLIANCE("Risk and compliance"),
    RECOGNITION("Recognition"),
    OTHER("Other");

    private final String label;

    MotivationCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
