package org.coalition.stakeholder;

import java.io.Serializable;

/**
 * One stakeholder's row of the engagement assessment matrix: where they are (C) and where the change needs them (D).
 *
 * @param version the stakeholder's version as read, for an assessment made from this row
 */
public record EngagementRow(
        long id, long version, String name, String department, int influence, Engagement current, Engagement desired)
        implements Serializable {

    /** The matrix's mark in the column of {@code level}: "C", "D", "C D" when both are there, else empty. */
    public String mark(Engagement level) {
        boolean c = current == level;
        boolean d = desired == level;
        return c && d ? "C D" : c ? "C" : d ? "D" : "";
    }

    /** The steps up from current to desired (negative when more engaged than needed); null while either is unknown. */
    public Integer gap() {
        return EngagementGap.steps(current, desired);
    }
}
