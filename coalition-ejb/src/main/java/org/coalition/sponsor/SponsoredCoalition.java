package org.coalition.sponsor;

import java.io.Serializable;
import java.util.List;
import org.coalition.coalition.Phase;
import org.coalition.health.HealthAssessment;
import org.coalition.milestone.MilestoneProgress;
import org.coalition.rhythm.FeedPost;

/**
 * One coalition as its executive sponsor sees it at a glance.
 *
 * @param progress        the tasks of all its milestones together
 * @param openDifferences differences not resolved yet
 * @param recentWins      the latest celebrations and recognitions, newest first, at most {@link SponsorService#RECENT_WINS}
 */
public record SponsoredCoalition(
        long id,
        String name,
        Phase phase,
        MilestoneProgress progress,
        long openDifferences,
        List<FeedPost> recentWins,
        List<Integer> healthTrend,
        HealthAssessment health)
        implements Serializable {}
