package org.coalition.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * {@code page} tag on /metrics), and the CPU time the request's own thread spent on each
 * ({@code coalition_page_cpu_seconds}): what a view costs the server, without the time it waited for a core, the
 * database or the network, and without the collector's and compilers' work, which belongs to no page. Requests/s on
 * a shared 2-core machine drift by half within minutes; the CPU of a page measured in the same mix as another is the
 * steadier comparison (docs/benchmark.md). Only pages that exist get a tag, so made-up addresses cannot grow the
 * metrics without bound; static resources are not counted.
 * Declared in web.xml, which sets its place among the filters.
 */
public class PageMetricsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String TIMER = "coalition.page.requests";
    static final String CPU = "coalition.page.cpu";
    private static final Metadata METADATA = Metadata.builder()
            .withName(TIMER)
            .withDescription("Requests to the application's pages and how long they took")
            .withUnit(MetricUnits.SECONDS)
            .build();
    private static final Metadata CPU_METADATA = Metadata.builder()
            .withName(CPU)
            .withDescription("CPU time of the request's thread per page view")
            .withUnit(MetricUnits.SECONDS)
            .build();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Inject
    private MetricRegistry registry;

    /** Paths known to be pages (only those: made-up paths are looked up again, never kept). */
    private final Set<String> pages = ConcurrentHashMap.newKeySet();

    /** The timers of each known page (time, CPU), looked up in the registry once rather than on every request. */
    private final Map<String, PageTimers> timers = new ConcurrentHashMap<>();

    private record PageTimers(Timer time, Timer cpu) {}

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        long cpuStarted = THREADS.getCurrentThreadCpuTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String page = request.getServletPath();
            PageTimers timer = page == null ? null : timers.get(page);
            if (timer == null && isPage(page)) {
                timer = timers.computeIfAbsent(
                        page,
                        p -> new PageTimers(
                                registry.timer(METADATA, new Tag("page", p)),
                                registry.timer(CPU_METADATA, new Tag("page", p))));
            }
            if (timer != null) {
                timer.time().update(Duration.ofNanos(System.nanoTime() - started));
                if (cpuStarted >= 0) { // -1: this JVM measures no thread's CPU time
                    timer.cpu().update(Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpuStarted));
                }
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
