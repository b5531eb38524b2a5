package org.coalition.stakeholder;

import java.time.LocalDate;

/**
 * Alignment is discovered, never assumed: a stance counts as <em>verified</em> only when a
 * conversation with the stakeholder, held within the last {@code windowDays} days and not before the
 * stance was last set, backs it. Anything else is an <em>assumed</em> stance.
 */
public record Verification(int windowDays) {

    public static final int DEFAULT_WINDOW_DAYS = 60;

    /**
     * The same rule as {@link #isVerified} as a JPQL condition on the stakeholder {@code s}: true when the
     * stance is only assumed. Bind {@code :recentSince} to {@link #recentSince(LocalDate)}. (A null
     * {@code stanceSince} makes the last comparison unknown, i.e. false: no stance date, nothing to back.)
     */
    public static final String ASSUMED_JPQL = "(s.lastConversationOn IS NULL OR s.lastConversationOn < :recentSince"
            + " OR s.lastConversationOn < s.stanceSince)";

    public Verification {
        if (windowDays < 1) {
            throw new IllegalArgumentException("The verification window must be at least one day, not " + windowDays);
        }
    }

    /**
     * @param lastConversationOn the date of the latest conversation with the stakeholder, or null
     * @param stanceSince        the date the current stance was set
     */
    public boolean isVerified(LocalDate lastConversationOn, LocalDate stanceSince, LocalDate today) {
        if (lastConversationOn == null) {
            return false;
        }
        boolean recent = !lastConversationOn.isBefore(recentSince(today));
        boolean backsCurrentStance = stanceSince == null || !lastConversationOn.isBefore(stanceSince);
        return recent && backsCurrentStance;
    }

    /** The earliest date a conversation may have been held on and still count as recent. */
    public LocalDate recentSince(LocalDate today) {
        return today.minusDays(windowDays);
    }
}
