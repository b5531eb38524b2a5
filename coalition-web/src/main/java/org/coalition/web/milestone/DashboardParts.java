package org.coalition.web.milestone;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.coalition.health.HealthAssessment;
import org.coalition.health.HealthService;
import org.coalition.rhythm.FeedPost;
import org.coalition.rhythm.FeedService;

/**
 * What the dashboard's shared parts show (health, trend, feed, wins wall), read when a part is rendered and
 * not found in the fragment cache: so a cached view reads none of it, and what is read is never older than
 * the change stamp in the part's key (the key is asked for first). Each service call checks access.
 */
@Named
@RequestScoped
public class DashboardParts {

    /** Days of daily health snapshots in the trend chart. */
    public static final int TREND_DAYS = 90;
    public static final int FEED_SHOWN = 20;
    public static final int WINS_SHOWN = 12;

    @EJB
    private HealthService healthService;

    @EJB
    private FeedService feed;

    private HealthAssessment health;
    private HealthTrend trend;
    private List<FeedPost> posts;
    private List<FeedPost> wins;

    public HealthAssessment health(long coalitionId) {
        if (health == null) {
            health = healthService.assess(coalitionId);
        }
        return health;
    }

    public HealthTrend trend(long coalitionId) {
        if (trend == null) {
            trend = new HealthTrend(healthService.trend(coalitionId, TREND_DAYS));
        }
        return trend;
    }

    public List<FeedPost> posts(long coalitionId) {
        if (posts == null) {
            posts = feed.latest(coalitionId, FEED_SHOWN);
        }
        return posts;
    }

    public List<FeedPost> wins(long coalitionId) {
        if (wins == null) {
            wins = feed.wins(coalitionId, WINS_SHOWN);
        }
        return wins;
    }
}
