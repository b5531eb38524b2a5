package org.coalition.web.platform;

import java.io.IOException;
import java.net.MalformedURLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Request counts and latencies of the pages, one timer per page ({@code coalition_page_requests_seconds} with a
 * {@code page} tag on /metrics). Only pages that exist get a tag, so made-up addresses cannot grow the metrics
 * without bound; static resources are not counted.
 */
@WebFilter(filterName = "pageMetrics", urlPatterns = "*.xhtml")
public class PageMetricsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String TIMER = "coalition.page.requests";
    private static final Metadata METADATA = Metadata.builder().withName(TIMER)
            .withDescription("Requests to the application's pages and how long they took").withUnit(MetricUnits.SECONDS).build();

    @Inject
    private MetricRegistry registry;

    /** Paths known to be pages (only those: made-up paths are looked up again, never kept). */
    private final Set<String> pages = ConcurrentHashMap.newKeySet();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String page = request.getServletPath();
            if (isPage(page)) {
                Timer timer = registry.timer(METADATA, new Tag("page", page));
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
