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
     * The step of the engagement at {@code path} in JPQL (the same numbers as {@link #step()}, 0 for none), as nested
     * CASEs of one WHEN each: Payara's EclipseLink prints every CASE through one operator shared by all threads, and
     * CASEs of different numbers of WHENs printed at the same moment break each other's SQL (eclipselink issue 2136,
     * see the services' {@code JpqlCaseShapeTest}).
     */
    public static String stepJpql(String path) {
        String cases = "0";
        Engagement[] levels = values();
        for (int i = levels.length - 1; i >= 0; i--) {
            cases = "(CASE WHEN " + path + " = org.coalition.stakeholder.Engagement." + levels[i].name() + " THEN "
                    + levels[i].step() + " ELSE " + cases + " END)";
        }
        return cases;
    }
}
