package org.coalition.sponsor;

import java.util.List;

import org.coalition.milestone.Milestone;

/**
 * Everything an executive sponsors, and what waits for their decision.
 *
 * @param awaitingDecision proposed milestones of those coalitions (their coalition fetched), soonest due first
 */
public record SponsorOverview(List<SponsoredCoalition> coalitions, List<Milestone> awaitingDecision) implements java.io.Serializable {
}
