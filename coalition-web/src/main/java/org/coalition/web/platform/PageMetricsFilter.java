package org.coalition.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Request counts and latencies of the pages, one timer per page ({@code coalition_page_requests_seconds} with a
 * {@code page} tag on /metrics). Only pages that exist get a tag, so made-up addresses cannot grow the metrics
 * without bound; static resources are not counted.
 * Declared in web.xml, which sets its place among the filters.
 */
public class PageMetricsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String TIMER = "coalition.page.requests";
    private static final Metadata METADATA = Metadata.builder()
            .withName(TIMER)
            .withDescription("Requests to the application's pages and how long they took")
            .withUnit(MetricUnits.SECONDS)
            .build();

    @Inject
    private MetricRegistry registry;

    /** Paths known to be pages (only those: made-up paths are looked up again, never kept). */
    private final Set<String> pages = ConcurrentHashMap.newKeySet();

    /** The timer of each known page, looked up in the registry once rather than on every request. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String page = request.getServletPath();
            Timer timer = page == null ? null : timers.get(page);
            if (timer == null && isPage(page)) {
                timer = timers.computeIfAbsent(page, p -> registry.timer(METADATA, new Tag("page", p)));
            }
            if (timer != null) {
                timer.update(Duration.ofNanos(System.nanoTime() - started));
            }
        }
    }

    private boolean isPage(String path) {
        if (path == null || path.startsWith("/WEB-INF/")) {
            return false;
        }
        if (pages.contains(path)) {
            return true;
        }
        try {
            if (getServletContext().getResource(path) != null) {
                pages.add(path);
                return true;
            }
        } catch (MalformedURLException e) {
            // not a page
        }
        return false;
    }
}
