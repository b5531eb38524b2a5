package org.coalition.platform;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every answer of both WARs (pages, the API, error pages, static resources): no
 * content-type sniffing, no referrer to other sites, no camera, microphone, location or payment for any
 * page. Declared first in each web.xml, for requests and for error pages (an error page may follow a
 * response reset). X-Frame-Options comes from Payara itself (the HTTP listener's {@code xframe-options},
 * payara-common.sh), so it is on answers no filter sees too. Content-Security-Policy is not set here yet.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // before the chain: afterwards the answer may be committed
        HEADERS.forEach((name, value) -> {
            if (!response.containsHeader(name)) {
                response.setHeader(name, value);
            }
        });
        chain.doFilter(request, response);
    }
}
