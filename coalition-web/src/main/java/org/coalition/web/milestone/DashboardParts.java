package org.coalition.web.milestone;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.coalition.health.HealthAssessment;
import org.coalition.health.HealthService;
import org.coalition.rhythm.FeedPost;
import org.coalition.rhythm.FeedService;
import org.coalition.shared.ChangeStamp;

/**
 * What the dashboard's shared parts show (health, trend, feed, wins wall), read when a part is rendered and
 * not found in the fragment cache: so a cached view reads none of it, and what is read is never older than
 * the change stamp in the part's key (the key is asked for first). Each service call checks access.
 * <p>
 * A postback may ask for a part before it changes something (a list's decode walks its rows) and again when
 * the page renders: what was read is kept only while the {@link ChangeStamp} stays where it was.
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

    /** What was read for which coalition and part, and the stamp it was read at. */
    private record Read(long stamp, Object value) {}

    private final Map<String, Read> reads = new HashMap<>();

    public HealthAssessment health(long coalitionId) {
        return read("health", coalitionId, () -> healthService.assess(coalitionId));
    }

    public HealthTrend trend(long coalitionId) {
        return read("trend", coalitionId, () -> new HealthTrend(healthService.trend(coalitionId, TREND_DAYS)));
    }

    public List<FeedPost> posts(long coalitionId) {
        return read("posts", coalitionId, () -> feed.latest(coalitionId, FEED_SHOWN));
    }

    public List<FeedPost> wins(long coalitionId) {
        return read("wins", coalitionId, () -> feed.wins(coalitionId, WINS_SHOWN));
    }

    @SuppressWarnings("unchecked")
    private <T> T read(String part, long coalitionId, Supplier<T> reader) {
        long stamp = ChangeStamp.current(); // before reading: a change meanwhile makes this read stale
        String key = part + ":" + coalitionId;
        Read known = reads.get(key);
        if (known == null || known.stamp() != stamp) {
            known = new Read(stamp, reader.get());
            reads.put(key, known);
        }
        return (T) known.value();
    }
}
