package org.coalition.stakeholder;

import java.io.Serializable;
import java.time.Instant;

/** One step of the engagement history as lists show it: whose, the levels before and after, when and by whom. */
public record EngagementChangeRow(
        long id,
        long stakeholderId,
        String name,
        Engagement fromCurrent,
        Engagement toCurrent,
        Engagement fromDesired,
        Engagement toDesired,
        Instant changedAt,
        String changedBy)
        implements Serializable {}
