package org.coalition.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    private static final String CSP = "Content-Security-Policy";
    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'nonce-abc';";

    /** A response that keeps every value of every header, as the container does (addHeader appends). */
    private static final class Sent {
        final Map<String, List<String>> headers = new LinkedHashMap<>();
        int status = 200;
        String redirect;
        final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader" -> {
                        headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                        yield null;
                    }
                    case "addHeader" -> {
                        headers.computeIfAbsent((String) args[0], name -> new ArrayList<>())
                                .add((String) args[1]);
                        yield null;
                    }
                    case "containsHeader" -> headers.containsKey((String) args[0]);
                    case "sendError", "setStatus" -> {
                        status = (Integer) args[0];
                        yield null;
                    }
                    case "sendRedirect" -> {
                        status = 302;
                        redirect = (String) args[0];
                        yield null;
                    }
                    case "setContentType" -> null;
                    case "isCommitted" -> false;
                    default -> throw new UnsupportedOperationException(method.getName());
                });

        String one(String name) {
            List<String> values = headers.getOrDefault(name, List.of());
            assertEquals(1, values.size(), name + ": " + values);
            return values.get(0);
        }
    }

    private static final HttpServletRequest REQUEST = (HttpServletRequest) Proxy.newProxyInstance(
            SecurityHeadersFilterTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> {
                throw new UnsupportedOperationException(method.getName());
            });

    private static SecurityHeadersFilter filter(Map<String, String> initParameters) throws Exception {
        SecurityHeadersFilter filter = new SecurityHeadersFilter();
        filter.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return "security-headers";
            }

            @Override
            public ServletContext getServletContext() {
                throw new UnsupportedOperationException();
            }

            @Override
            public String getInitParameter(String name) {
                return initParameters.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(initParameters.keySet());
            }
        });
        return filter;
    }

    private static void assertTheOtherHeaders(Sent sent) {
        assertEquals("nosniff", sent.one("X-Content-Type-Options"));
        assertEquals("same-origin", sent.one("Referrer-Policy"));
        assertEquals("SAMEORIGIN", sent.one("X-Frame-Options"));
        String permissions = sent.one("Permissions-Policy");
        for (String feature : new String[] {"camera=()", "microphone=()", "geolocation=()", "payment=()"}) {
            assertTrue(permissions.contains(feature), permissions);
        }
    }

    @Test
    void should_set_the_headers_before_the_page_is_written() throws Exception {
        Sent sent = new Sent();
        Map<String, List<String>> seenByThePage = new LinkedHashMap<>();
        FilterChain page = (request, response) -> seenByThePage.putAll(sent.headers);
        filter(Map.of()).doFilter(REQUEST, sent.response, page);
        assertEquals(List.of("nosniff"), seenByThePage.get("X-Content-Type-Options"));
        assertEquals(List.of(SecurityHeadersFilter.STRICT_POLICY), seenByThePage.get(CSP));
        assertTheOtherHeaders(sent);
    }

    @Test
    void should_give_an_answer_that_is_no_page_the_strict_policy() throws Exception {
        // a JSON answer, a calendar feed, an export, a static resource: written without touching the policy
        Sent sent = new Sent();
        filter(Map.of())
                .doFilter(REQUEST, sent.response, (request, response) -> response.setContentType("text/calendar"));
        String policy = sent.one(CSP);
        assertTrue(policy.contains("default-src 'none'"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe"), policy);
    }

    @Test
    void should_keep_the_headers_on_a_redirect_and_an_error_made_in_the_chain() throws Exception {
        Sent redirected = new Sent();
        filter(Map.of())
                .doFilter(
                        REQUEST,
                        redirected.response,
                        (request, response) -> ((HttpServletResponse) response)
                                .sendRedirect("http://localhost:8180/realms/coalition"));
        assertEquals(302, redirected.status);
        assertEquals(SecurityHeadersFilter.STRICT_POLICY, redirected.one(CSP));
        assertTheOtherHeaders(redirected);

        Sent refused = new Sent();
        filter(Map.of())
                .doFilter(
                        REQUEST,
                        refused.response,
                        (request, response) -> ((HttpServletResponse) response).sendError(403));
        assertEquals(403, refused.status);
        assertEquals(SecurityHeadersFilter.STRICT_POLICY, refused.one(CSP));
        assertTheOtherHeaders(refused);
    }

    @Test
    void should_let_a_page_replace_the_strict_policy_with_its_own_instead_of_adding_a_second() throws Exception {
        // PrimeFaces' CSP mode adds its policy (ExternalContext.addResponseHeader); two policies would both be enforced
        Sent sent = new Sent();
        filter(Map.of()).doFilter(REQUEST, sent.response, (request, response) -> {
            ((HttpServletResponse) response).addHeader("Content-Security-Policy", PAGE_POLICY);
            ((HttpServletResponse) response).addHeader("Link", "</a>");
            ((HttpServletResponse) response).addHeader("Link", "</b>");
        });
        assertEquals(PAGE_POLICY, sent.one(CSP));
        assertEquals(List.of("</a>", "</b>"), sent.headers.get("Link"), "other headers are added as before");
    }

    @Test
    void should_give_an_error_page_its_own_policy_after_the_page_that_failed() throws Exception {
        // the error dispatch of a page that failed while rendering: the failed page's nonce must not stay
        Sent sent = new Sent();
        SecurityHeadersFilter filter = filter(Map.of());
        filter.doFilter(
                REQUEST,
                sent.response,
                (request, response) -> ((HttpServletResponse) response).addHeader(CSP, PAGE_POLICY));
        filter.doFilter(
                REQUEST,
                sent.response,
                (request, response) ->
                        ((HttpServletResponse) response).addHeader(CSP, PAGE_POLICY.replace("abc", "def")));
        assertEquals(PAGE_POLICY.replace("abc", "def"), sent.one(CSP));
        // and an error answer that is no page (the API's problem) gets the strict one again
        filter.doFilter(REQUEST, sent.response, (request, response) -> {});
        assertEquals(SecurityHeadersFilter.STRICT_POLICY, sent.one(CSP));
    }

    @Test
    void should_leave_a_stricter_header_set_before_an_error_page() throws Exception {
        Sent sent = new Sent();
        sent.headers.put("Referrer-Policy", new ArrayList<>(List.of("no-referrer")));
        filter(Map.of()).doFilter(REQUEST, sent.response, (request, response) -> {});
        assertEquals("no-referrer", sent.one("Referrer-Policy"));
        assertEquals("nosniff", sent.one("X-Content-Type-Options"));
    }

    @Test
    void should_take_the_policy_of_its_init_parameter() throws Exception {
        Sent sent = new Sent();
        filter(Map.of("content-security-policy", "default-src 'none';\n    script-src 'self'"))
                .doFilter(REQUEST, sent.response, (request, response) -> {});
        assertEquals("default-src 'none'; script-src 'self'", sent.one(CSP));
    }

    @Test
    void should_set_the_headers_on_an_answer_outside_the_filters() {
        // the authentication mechanism's redirect to the identity provider
        Sent sent = new Sent();
        SecurityHeadersFilter.setOn(sent.response, SecurityHeadersFilter.STRICT_POLICY);
        assertEquals(SecurityHeadersFilter.STRICT_POLICY, sent.one(CSP));
        assertTheOtherHeaders(sent);
    }
}
