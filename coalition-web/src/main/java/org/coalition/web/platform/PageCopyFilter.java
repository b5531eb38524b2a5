package org.coalition.web.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.coalition.coalition.CoalitionService;
import org.coalition.shared.ChangeStamp;
import org.coalition.sponsor.SponsorService;

/**
 * Serves a session the page it was shown last time again, byte for byte, when nothing it was rendered from
 * has changed ({@link RenderedPages} says when): the coalition dashboard, the stakeholder register and map,
 * and the sponsor dashboard. Before anything is served the services are asked what the caller may do there
 * (one statement); a refusal goes to the page, which shows it, and different rights render the page anew.
 * Only plain page requests (GET, no form post, no Ajax) are served or kept; a page that shows a message,
 * sets a cookie or answers anything but 200 is never kept.
 */
public class PageCopyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Set by {@link RenderCounter}: the session's render count after a plain rendering that may be kept. */
    static final String RENDERED = PageCopyFilter.class.getName() + ".rendered";
    /** Answered on a page served from the session's copy (what tests and the benchmark look at). */
    static final String HEADER = "X-Coalition-Page";

    @EJB
    private CoalitionService coalitions;

    @EJB
    private SponsorService sponsor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RenderedPages pages = RenderedPagesListener.pages(getServletContext());
        HttpSession session = request.getSession(false);
        if (pages == null || !pages.enabled() || session == null || !"GET".equals(request.getMethod())
                || request.getUserPrincipal() == null || request.getParameter("jakarta.faces.ViewState") != null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Object> access = access(request);
        if (access.isEmpty()) {
            chain.doFilter(request, response); // the page refuses, or says there is no such coalition
            return;
        }
        String page = request.getServletPath() + '?' + request.getQueryString() + '\n' + request.getHeader("Accept-Language");
        long stamp = ChangeStamp.current(); // before rendering: a change committed meanwhile makes the copy stale
        var copy = pages.find(session.getId(), page, stamp, access.get());
        if (copy.isPresent()) {
            serve(copy.get(), response);
            return;
        }
        CopyingResponse copying = new CopyingResponse(response);
        chain.doFilter(request, copying);
        byte[] body = copying.bytes();
        copying.release();
        if (request.getAttribute(RENDERED) instanceof Long renders && copying.keepable()) {
            pages.keep(session.getId(), page, new RenderedPages.Copy(stamp, access.get(), renders, pages.now(),
                    copying.getContentType(), List.copyOf(copying.headers), body));
        }
    }

    /** What the caller may do on the page, from the services; empty when they refuse or the address is wrong. */
    private Optional<Object> access(HttpServletRequest request) {
        try {
            if ("/sponsor.xhtml".equals(request.getServletPath())) {
                return request.isUserInRole(org.coalition.access.Roles.EXECUTIVE)
                        ? Optional.of(sponsor.sponsoredIds()) : Optional.empty();
            }
            String id = request.getParameter("id");
            return id == null ? Optional.empty() : Optional.of(coalitions.grant(Long.parseLong(id)));
        } catch (RuntimeException refusedOrMalformed) {
            return Optional.empty();
        }
    }

    private static void serve(RenderedPages.Copy copy, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        if (copy.contentType() != null) {
            response.setContentType(copy.contentType());
        }
        for (Map.Entry<String, String> header : copy.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        response.setHeader(HEADER, "copy");
        response.setContentLength(copy.body().length);
        response.getOutputStream().write(copy.body());
    }

    /** The rendered page, buffered, with what decides whether it may be kept. */
    static final class CopyingResponse extends SqlStatementsFilter.BufferedResponse {

        final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private int status = SC_OK;
        private boolean cookie;

        CopyingResponse(HttpServletResponse response) {
            super(response);
        }

        boolean keepable() {
            return status == SC_OK && !cookie && !passedOn() && getContentType() != null
                    && getContentType().startsWith("text/html");
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void addCookie(Cookie c) {
            cookie = true;
            super.addCookie(c);
        }

        @Override
        public void setHeader(String name, String value) {
            headers.removeIf(h -> h.getKey().equalsIgnoreCase(name));
            record(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            record(name, value);
            super.addHeader(name, value);
        }

        private void record(String name, String value) {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                cookie = true;
            } else if (value != null) {
                headers.add(Map.entry(name, value));
            }
        }
    }
}
