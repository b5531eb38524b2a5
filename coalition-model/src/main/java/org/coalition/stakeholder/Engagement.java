package org.coalition.stakeholder;

/**
 * How engaged a stakeholder is with the change, as Stakeholder Circle and PMBOK's engagement assessment matrix
 * rate it: from unaware of it to leading it. A stakeholder has a current level and the level the change needs
 * of them; the steps between the two are the gap ({@link EngagementGap}).
 */
public enum Engagement {
    UNAWARE("Unaware"),
    RESISTANT("Resistant"),
    NEUTRAL("Neutral"),
    SUPPORTIVE("Supportive"),
    LEADING("Leading");

    private final String label;

    Engagement(String label) {
        this.label = label;
    }

    /** The English word (logs, the API, English sentences); pages word it from their bundle. */
    public String label() {
        return label;
    }

    /** 1 for unaware up to 5 for leading: the gap is the difference of two steps. */
    public int step() {
        return ordinal() + 1;
    }

    /** This level's step in JPQL for the engagement path given (the same numbers as {@link #step()}). */
    public static String stepJpql(String path) {
        StringBuilder cases = new StringBuilder("CASE");
        for (Engagement each : values()) {
            cases.append(" WHEN ").append(path).append(" = org.coalition.stakeholder.Engagement.").append(each.name())
                    .append(" THEN ").append(each.step());
        }
        return cases.append(" ELSE 0 END").toString();
    }
}
