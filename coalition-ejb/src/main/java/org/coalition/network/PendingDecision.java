package org.coalition.network;

import java.time.LocalDate;
import java.util.Set;

/** A milestone awaiting its decision, the approvers and veto holders it names, and whether it would pass today. */
public record PendingDecision(
        long milestoneId, String title, LocalDate dueOn, Set<Long> deciderIds, DecisionReadiness readiness)
        implements java.io.Serializable {}
