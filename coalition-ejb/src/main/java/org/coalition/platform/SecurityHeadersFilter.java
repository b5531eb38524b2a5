package org.coalition.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;

/**
 * The security headers of every answer of both WARs (pages, the API, error pages, static resources): no
 * content-type sniffing, no referrer to other sites, no camera, microphone, location or payment for any
 * page, and a Content-Security-Policy. Declared first in each web.xml, for requests, forwards, error pages
 * (an error page may follow a response reset) and async dispatches; the pages' authentication mechanism
 * sets them too ({@link #setOn}), so the identity provider's redirects carry them. X-Frame-Options also
 * comes from Payara itself (the HTTP listener's {@code xframe-options}, payara-common.sh) on answers no filter
 * sees, but not on Faces pages; this filter sets the same value, for the browsers that ignore frame-ancestors.
 * <p>
 * The Content-Security-Policy set here is the strict one of answers that are not pages (JSON, calendar
 * feeds, exports, redirects, resources): nothing may load, nothing may frame them. Its init parameter
 * {@code content-security-policy} replaces it (the API's Swagger UI). A Faces page replaces it with its own:
 * PrimeFaces' CSP mode ({@code primefaces.CSP}) adds a policy with the request's script nonce, and this
 * filter turns that addition into a replacement, so a page never carries two policies (a browser would
 * enforce both, and the strict one would block the page).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    /** For answers that are not pages. */
    public static final String STRICT_POLICY =
            "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            // what Payara's HTTP listener writes on the answers it sees, which leave out Faces pages
            "X-Frame-Options", "SAMEORIGIN",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()");

    private String policy = STRICT_POLICY;

    @Override
    public void init() throws ServletException {
        String configured = getInitParameter("content-security-policy");
        if (configured != null && !configured.isBlank()) {
            policy = configured.strip().replaceAll("\\s+", " ");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // before the chain: afterwards the answer may be committed
        setOn(response, policy);
        chain.doFilter(request, new OnePolicy(response));
    }

    /**
     * Sets the headers on an answer made outside the filters (the authentication mechanism's redirects). A
     * header already there stays (an error page keeps a stricter one set before it); the policy is replaced.
     */
    public static void setOn(HttpServletResponse response, String policy) {
        HEADERS.forEach((name, value) -> {
            if (!response.containsHeader(name)) {
                response.setHeader(name, value);
            }
        });
        response.setHeader(CONTENT_SECURITY_POLICY, policy);
    }

    /** An answer with one Content-Security-Policy: a later one replaces the earlier. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
