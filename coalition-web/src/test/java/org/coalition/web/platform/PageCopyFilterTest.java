package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.coalition.access.AccessDeniedException;
import org.coalition.access.AccessGuard;
import org.coalition.coalition.CoalitionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The filter around the busiest pages: a copy is served only to its own session, only after the services
 * allowed the caller again, and only pages that are plain renderings are kept.
 */
class PageCopyFilterTest {

    private static final String PAGE = "<html>the dashboard, 81 KB of it</html>";

    /** The services' answer: what the caller may do, or a refusal. */
    private Object access = Set.of("VIEW");
    private final Map<String, Object> context = new HashMap<>();
    private final PageCopyFilter filter = new PageCopyFilter();
    private final AtomicInteger renderings = new AtomicInteger();
    private RenderedPages pages;

    @BeforeEach
    void setUp() throws Exception {
        pages = new RenderedPages(10_000, 1_000_000);
        context.put(RenderedPages.class.getName(), pages);
        ServletContext servletContext = proxy(ServletContext.class, (name, args) -> switch (name) {
            case "getAttribute" -> context.get((String) args[0]);
            default -> null;
        });
        filter.init(proxy(FilterConfig.class, (name, args) -> name.equals("getServletContext") ? servletContext : null));
        CoalitionService coalitions = new CoalitionService() {
            @Override
            public AccessGuard.Grant grant(long coalitionId) {
                if (access instanceof RuntimeException refusal) {
                    throw refusal;
                }
                return new AccessGuard.Grant(java.util.Optional.empty(), Set.of());
            }
        };
        Field field = PageCopyFilter.class.getDeclaredField("coalitions");
        field.setAccessible(true);
        field.set(filter, coalitions);
    }

    @Test
    void a_second_view_in_the_same_session_is_the_copy_and_nothing_is_rendered() throws Exception {
        SqlStatementsFilterTest.Sent first = request("GET", "s1", plainPage());
        SqlStatementsFilterTest.Sent second = request("GET", "s1", plainPage());
        assertEquals(1, renderings.get());
        assertArrayEquals(first.body.toByteArray(), second.body.toByteArray());
        assertEquals("copy", second.headers.get("X-Coalition-Page"));
        assertEquals("text/html;charset=UTF-8", second.contentType);
        assertEquals("no-store", second.headers.get("Cache-Control"), "the page's own headers come along");
        assertEquals(PAGE.length(), second.contentLength);
    }

    @Test
    void a_refused_caller_gets_the_page_s_own_answer_even_where_a_copy_was_kept() throws Exception {
        request("GET", "s1", plainPage());
        access = new AccessDeniedException("You have no role in this coalition.");
        SqlStatementsFilterTest.Sent refused = request("GET", "s1", (request, response) -> {
            renderings.incrementAndGet();
            ((HttpServletResponse) response).sendError(403);
        });
        assertEquals(2, renderings.get());
        assertEquals(403, refused.error);
        assertEquals(0, refused.body.size());
    }

    @Test
    void another_session_is_rendered_for_itself() throws Exception {
        request("GET", "s1", plainPage());
        SqlStatementsFilterTest.Sent other = request("GET", "s2", plainPage());
        assertEquals(2, renderings.get());
        assertNull(other.headers.get("X-Coalition-Page"));
    }

    @Test
    void posts_and_pages_with_messages_cookies_or_errors_are_never_kept() throws Exception {
        request("POST", "s1", plainPage());
        request("GET", "s1", (request, response) -> {
            renderings.incrementAndGet(); // a page showing a message: the render counter did not call it plain
            pages.rendered("s1");
            response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
        });
        request("GET", "s1", (request, response) -> {
            plainPage().doFilter(request, response);
            ((HttpServletResponse) response).addCookie(new Cookie("csfcfc", "1"));
        });
        request("GET", "s1", (request, response) -> {
            plainPage().doFilter(request, response);
            ((HttpServletResponse) response).setStatus(404);
        });
        SqlStatementsFilterTest.Sent last = request("GET", "s1", plainPage());
        assertEquals(5, renderings.get(), "every one of them rendered the page");
        assertNull(last.headers.get("X-Coalition-Page"));
        assertEquals("copy", request("GET", "s1", plainPage()).headers.get("X-Coalition-Page"));
    }

    /** Faces rendering a plain first view: the render counter marks it, the page sets a header and writes. */
    private FilterChain plainPage() {
        return (request, response) -> {
            renderings.incrementAndGet();
            HttpServletRequest http = (HttpServletRequest) request;
            request.setAttribute(PageCopyFilter.RENDERED, pages.rendered(http.getSession(false).getId()));
            response.setContentType("text/html;charset=UTF-8");
            ((HttpServletResponse) response).setHeader("Cache-Control", "no-store");
            response.getWriter().write(PAGE);
        };
    }

    private SqlStatementsFilterTest.Sent request(String method, String sessionId, FilterChain chain) throws IOException, ServletException {
        Map<String, Object> attributes = new HashMap<>();
        HttpSession session = proxy(HttpSession.class, (name, args) -> name.equals("getId") ? sessionId : null);
        Principal principal = () -> "bob";
        HttpServletRequest request = proxy(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getMethod" -> method;
            case "getSession" -> session;
            case "getUserPrincipal" -> principal;
            case "getServletPath" -> "/coalitions/dashboard.xhtml";
            case "getQueryString" -> "id=7";
            case "getParameter" -> "id".equals(args[0]) ? "7" : null;
            case "getHeader" -> "Accept-Language".equals(args[0]) ? "en" : null;
            case "getAttribute" -> attributes.get((String) args[0]);
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            case "isUserInRole" -> false;
            default -> throw new UnsupportedOperationException(name);
        });
        SqlStatementsFilterTest.Sent sent = new SqlStatementsFilterTest.Sent();
        filter.doFilter(request, sent.response(), chain);
        return sent;
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(PageCopyFilterTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args));
    }
}
