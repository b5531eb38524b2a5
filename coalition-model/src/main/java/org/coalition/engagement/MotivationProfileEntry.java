package org.coalition.engagement;

import java.io.Serializable;

/** One line of a stakeholder's motivation profile: how often a category was heard, and its strongest strength. */
public record MotivationProfileEntry(MotivationCategory category, long times, int strongest) implements Serializable {

    /** For aggregate queries (COUNT and MAX arrive boxed). */
    public MotivationProfileEntry(MotivationCategory category, Long times, Integer strongest) {
        this(category, times == null ? 0 : times.longValue(), strongest == null ? 0 : strongest.intValue());
    }
}
