package org.coalition.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    /** A response that keeps its headers, and whether they were there when the chain ran. */
    private static final class Sent {
        final Map<String, String> headers = new LinkedHashMap<>();
        final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader", "addHeader" -> {
                        headers.put((String) args[0], (String) args[1]);
                        yield null;
                    }
                    case "containsHeader" -> headers.containsKey((String) args[0]);
                    case "isCommitted" -> false;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final HttpServletRequest REQUEST = (HttpServletRequest) Proxy.newProxyInstance(
            SecurityHeadersFilterTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void should_set_the_headers_before_the_page_is_written() throws Exception {
        Sent sent = new Sent();
        Map<String, String> seenByThePage = new LinkedHashMap<>();
        FilterChain page = (request, response) -> seenByThePage.putAll(sent.headers);
        new SecurityHeadersFilter().doFilter(REQUEST, sent.response, page);
        assertEquals("nosniff", seenByThePage.get("X-Content-Type-Options"));
        assertEquals("same-origin", seenByThePage.get("Referrer-Policy"));
        String permissions = seenByThePage.get("Permissions-Policy");
        for (String feature : new String[] {"camera=()", "microphone=()", "geolocation=()", "payment=()"}) {
            assertTrue(permissions.contains(feature), permissions);
        }
        assertTrue(!seenByThePage.containsKey("Content-Security-Policy"), "no CSP yet");
    }

    @Test
    void should_leave_a_stricter_header_set_before_an_error_page() throws Exception {
        Sent sent = new Sent();
        sent.headers.put("Referrer-Policy", "no-referrer");
        new SecurityHeadersFilter().doFilter(REQUEST, sent.response, (request, response) -> { });
        assertEquals("no-referrer", sent.headers.get("Referrer-Policy"));
        assertEquals("nosniff", sent.headers.get("X-Content-Type-Options"));
    }
}
