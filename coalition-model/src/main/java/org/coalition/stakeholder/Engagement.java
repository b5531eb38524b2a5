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

    /**
     * The step of the engagement at {@code path} in JPQL (the same numbers as {@link #step()}, 0 for none): a sum of
     * CASEs of one WHEN each, of which at most one is not 0. Payara's EclipseLink prints every CASE through one operator
     * shared by all threads, and CASEs of different numbers of WHENs printed at the same moment break each other's SQL
     * (eclipselink issue 2136, the services' {@code JpqlCaseShapeTest}); a CASE nested in an ELSE it prints broken.
     */
    public static String stepJpql(String path) {
        StringBuilder sum = new StringBuilder("(");
        for (Engagement each : values()) {
            sum.append(each.ordinal() == 0 ? "" : " + ")
                    .append("(CASE WHEN ")
                    .append(path)
                    .append(" = org.coalition.stakeholder.Engagement.")
                    .append(each.name())
                    .append(" THEN ")
                    .append(each.step())
                    .append(" ELSE 0 END)");
        }
        return sum.append(")").toString();
    }
}
