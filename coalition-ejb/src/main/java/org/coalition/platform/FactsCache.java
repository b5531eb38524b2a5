package org.coalition.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.coalition.shared.ChangeStamp;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps what the health advisor and the playbook read about a coalition (their facts, a dozen aggregate
 * queries each) until anything is written on this server ({@link ChangeStamp}) or, for writes made on
 * another server of a cluster, until {@code coalition.facts.cache-seconds} (default 10) have passed. The
 * rules themselves run on every request: they depend on today's date. Access checks are never cached here.
 */
@ApplicationScoped
public class FactsCache {

    private record Entry(long stamp, long createdAt, Object facts) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

    @Inject
    @ConfigProperty(name = "coalition.facts.cache-seconds", defaultValue = "10")
    int cacheSeconds;

    public <T> T get(String kind, long coalitionId, Supplier<T> read) {
        return get(kind + ":" + coalitionId, read);
    }

    /**
     * The facts of several coalitions, those not kept (or out of date) read together with one call of
     * {@code read}, which gets their ids and answers with their facts.
     */
    @SuppressWarnings("unchecked")
    public <T> Map<Long, T> getAll(
            String kind, Collection<Long> coalitionIds, Function<List<Long>, Map<Long, T>> read) {
        long stamp = ChangeStamp.current(); // before reading, as in get
        long now = System.nanoTime();
        Map<Long, T> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : coalitionIds) {
            Entry entry = entries.get(kind + ":" + id);
            if (entry != null
                    && entry.stamp() == stamp
                    && now - entry.createdAt()
                            < Duration.ofSeconds(cacheSeconds).toNanos()) {
                found.put(id, (T) entry.facts());
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, T> fresh = read.apply(List.copyOf(missing));
            if (entries.size() > 10_000) {
                entries.clear();
            }
            forgetStale(stamp, now);
            fresh.forEach((id, facts) -> entries.put(kind + ":" + id, new Entry(stamp, now, facts)));
            found.putAll(fresh);
        }
        return found;
    }

    /**
     * The same for facts that are not one coalition's: the key names everything they depend on (for what
     * a person may see, the person), the value must not be changed by whoever reads it.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> read) {
        long stamp = ChangeStamp.current(); // before reading: a change committed meanwhile makes this entry stale
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null
                && entry.stamp() == stamp
                && now - entry.createdAt() < Duration.ofSeconds(cacheSeconds).toNanos()) {
            return (T) entry.facts();
        }
        T facts = read.get();
        if (entries.size() > 10_000) {
            entries.clear();
        }
        forgetStale(stamp, now);
        entries.put(key, new Entry(stamp, now, facts));
        return facts;
    }

    /**
     * Lets go of the entries no request may use any more (written before the last change, or too old), at most once a
     * second: a stale entry was otherwise kept until its key was asked for again, and some (a coalition's influence
     * network at 5,000 people) are megabytes.
     */
    private void forgetStale(long stamp, long now) {
        long last = lastSweep.get();
        if (now - last > Duration.ofSeconds(1).toNanos() && lastSweep.compareAndSet(last, now)) {
            long maxAge = Duration.ofSeconds(cacheSeconds).toNanos();
            entries.values().removeIf(e -> e.stamp() != stamp || now - e.createdAt() >= maxAge);
        }
    }

    /** How many answers are kept (for the tests). */
    int size() {
        return entries.size();
    }
}
