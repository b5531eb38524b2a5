package org.coalition.web.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The pages each session was last shown, kept so that the same session asking for the same page again gets
 * the same bytes back instead of a new rendering, as long as nothing it was rendered from has changed:
 * <ul>
 * <li>no write on this server since ({@link org.coalition.shared.ChangeStamp}; writes on another server of a
 * cluster are seen once the copy is {@code maxAgeMillis} old, as with the services' fact cache);</li>
 * <li>the caller's rights there are the same (the filter asks the services again on every request);</li>
 * <li>the session has rendered no other page since: the copy's form state (the Faces view state it names) is
 * then still the newest the session holds, so its forms post exactly as the rendered page's would. Any
 * rendering in the session, a form post or an Ajax update included, ends the copy.</li>
 * </ul>
 * Copies live in this server's memory, never in the session (which a cluster replicates), at most
 * {@value #PER_SESSION} per session and {@code maxBytes} in all (beyond that everything is dropped and
 * rendered again).
 */
public final class RenderedPages {

    /** Copies kept per session (dashboard, register, map, sponsor view). */
    static final int PER_SESSION = 4;

    /**
     * A rendered page and what it was rendered from.
     *
     * @param stamp   the change stamp read before rendering
     * @param access  the caller's rights when it was rendered (compared with equals)
     * @param renders the session's render count once this page was rendered
     */
    public record Copy(long stamp, Object access, long renders, long renderedAt, String contentType,
                       List<Map.Entry<String, String>> headers, byte[] body) {
    }

    private static final class SessionPages {
        final AtomicLong renders = new AtomicLong();
        final Map<String, Copy> copies = new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Copy> eldest) {
                return size() > PER_SESSION;
            }
        };
    }

    private final Map<String, SessionPages> sessions = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final long maxAgeMillis;
    private final long maxBytes;
    private final LongSupplier clock;

    public RenderedPages(long maxAgeMillis, long maxBytes) {
        this(maxAgeMillis, maxBytes, System::currentTimeMillis);
    }

    RenderedPages(long maxAgeMillis, long maxBytes, LongSupplier clock) {
        this.maxAgeMillis = maxAgeMillis;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    public boolean enabled() {
        return maxAgeMillis > 0;
    }

    public long now() {
        return clock.getAsLong();
    }

    /** Counts a rendering in the session (every Faces rendering, whatever the page); returns the new count. */
    public long rendered(String sessionId) {
        return pages(sessionId).renders.incrementAndGet();
    }

    /** The copy of the page the session may be shown again, if it is still what it would be rendered as. */
    public Optional<Copy> find(String sessionId, String page, long stamp, Object access) {
        SessionPages pages = sessions.get(sessionId);
        if (pages == null) {
            return Optional.empty();
        }
        Copy copy;
        synchronized (pages) {
            copy = pages.copies.get(page);
        }
        if (copy == null || copy.stamp() != stamp || !copy.access().equals(access)
                || copy.renders() != pages.renders.get() || now() - copy.renderedAt() >= maxAgeMillis) {
            return Optional.empty();
        }
        return Optional.of(copy);
    }

    /** Keeps a page just rendered, unless the session has rendered something else meanwhile. */
    public void keep(String sessionId, String page, Copy copy) {
        if (!enabled()) {
            return;
        }
        SessionPages pages = pages(sessionId);
        long held;
        synchronized (pages) {
            if (copy.renders() != pages.renders.get()) {
                return;
            }
            long before = size(pages);
            pages.copies.put(page, copy);
            held = bytes.addAndGet(size(pages) - before);
        }
        if (held > maxBytes) {
            sessions.values().forEach(this::drop);
        }
    }

    /** The session ended or changed its id: its copies go. */
    public void forget(String sessionId) {
        SessionPages pages = sessions.remove(sessionId);
        if (pages != null) {
            drop(pages);
        }
    }

    /** Bytes held in all copies. */
    public long bytes() {
        return bytes.get();
    }

    /** Drops a session's copies; its render count stays (a copy kept later must still match it). */
    private void drop(SessionPages pages) {
        synchronized (pages) {
            bytes.addAndGet(-size(pages));
            pages.copies.clear();
        }
    }

    private static long size(SessionPages pages) {
        long size = 0;
        for (Copy copy : pages.copies.values()) {
            size += copy.body().length;
        }
        return size;
    }

    private SessionPages pages(String sessionId) {
        return sessions.computeIfAbsent(sessionId, id -> new SessionPages());
    }
}
