package org.coalition.sponsor;

import java.io.Serializable;
import java.util.List;
import org.coalition.milestone.Milestone;

/**
 * Everything an executive sponsors, and what waits for their decision.
 *
 * @param coalitions       a page of the coalitions sponsored, by name
 * @param moreCoalitions   whether there are more coalitions after this page
 * @param awaitingDecision proposed milestones of every coalition sponsored (their coalition fetched), the
 *                         soonest due few
 * @param moreAwaiting     whether more milestones await a decision than those
 */
public record SponsorOverview(
        List<SponsoredCoalition> coalitions,
        boolean moreCoalitions,
        List<Milestone> awaitingDecision,
        boolean moreAwaiting)
        implements Serializable {}
