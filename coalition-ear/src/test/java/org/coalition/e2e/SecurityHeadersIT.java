package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The security headers on every kind of answer, read with plain java.net.http (a page, an error page, a
 * refusal, a static resource, the sign-in redirects, the calendar feed, the API and its Swagger UI), and the
 * pages' Content-Security-Policy at work in Chromium: every main page, as each kind of user, without a console
 * error (a script the policy refused is one: "Refused to execute … Content Security Policy"), and the
 * behaviour that moved out of inline handlers still working.
 */
@ResourceLock(value = SharedState.DEMO_COALITION, mode = ResourceAccessMode.READ)
@ResourceLock(value = SharedState.ERIN, mode = ResourceAccessMode.READ)
class SecurityHeadersIT {

    private static final String STRICT =
            "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)';?$");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static HttpResponse<String> anonymous(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The headers every answer carries; returns its one Content-Security-Policy. */
    private static String assertHeaders(HttpResponse<?> answer, int status, String what) {
        return assertHeaders(answer, status, "same-origin", what);
    }

    private static String assertHeaders(HttpResponse<?> answer, int status, String referrerPolicy, String what) {
        String where = what + " (" + answer.uri() + ", " + answer.headers().map() + ")";
        assertEquals(status, answer.statusCode(), where);
        assertEquals(List.of("nosniff"), answer.headers().allValues("X-Content-Type-Options"), where);
        assertEquals(List.of(referrerPolicy), answer.headers().allValues("Referrer-Policy"), where);
        assertTrue(answer.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"), where);
        // Payara's listener writes it on some answers, the filter on all: the same value, once or twice
        assertEquals(
                List.of("SAMEORIGIN"),
                answer.headers().allValues("X-Frame-Options").stream()
                        .distinct()
                        .toList(),
                where);
        assertTrue(answer.headers().firstValue("Server").isEmpty(), where);
        assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(), where);
        List<String> policies = answer.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "exactly one policy: " + where);
        return policies.get(0);
    }

    /** A page's policy: scripts only from here and with this answer's nonce, which every script of the page carries. */
    private static void assertPagePolicy(HttpResponse<String> page, String policy, String what) {
        Matcher nonce = NONCE.matcher(policy);
        assertTrue(nonce.find(), what + ": " + policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertFalse(scripts.contains("unsafe-inline"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        Matcher tags = SCRIPT_TAG.matcher(page.body());
        int inline = 0;
        while (tags.find()) {
            if (!tags.group().contains(" src=")) {
                inline++;
                assertTrue(
                        tags.group().contains("nonce=\"" + nonce.group(1) + "\""),
                        what + ": an inline script without the nonce: " + tags.group());
            }
        }
        assertTrue(inline > 0, what + " has PrimeFaces' inline scripts");
        assertFalse(
                Pattern.compile("<[^>]+\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE)
                        .matcher(page.body())
                        .find(),
                what + ": an inline event handler");
    }

    @Test
    void every_kind_of_answer_carries_the_headers_and_its_policy() {
        try (Browser alice = Browser.signedInAs("alice");
                Browser erin = Browser.signedInAs("erin")) {
            HttpResponse<String> home = alice.get(Browser.APP);
            assertPagePolicy(home, assertHeaders(home, 200, "home page"), "home page");

            HttpResponse<String> missing = alice.get(Browser.APP + "no-such-page.xhtml");
            assertPagePolicy(missing, assertHeaders(missing, 404, "404 error page"), "404 error page");
            assertTrue(missing.body().contains("error-404"), missing.body());

            HttpResponse<String> refused = erin.get(Browser.APP + "admin/access.xhtml");
            assertPagePolicy(refused, assertHeaders(refused, 403, "403 error page"), "403 error page");
            assertTrue(refused.body().contains("error-403"), refused.body());

            for (String resource : List.of(
                    "jakarta.faces.resource/js/coalition.js.xhtml",
                    "resources/js/coalition.js",
                    "jakarta.faces.resource/core.js.xhtml?ln=primefaces")) {
                assertEquals(STRICT, assertHeaders(alice.get(Browser.APP + resource), 200, resource));
            }
        }
        // the sign-in: the container's redirect (the authentication mechanism), the gateway's to Keycloak
        HttpResponse<String> signIn = anonymous(Browser.APP + "my-work.xhtml");
        assertTrue(signIn.statusCode() / 100 == 3, "a redirect: " + signIn.statusCode());
        assertEquals(STRICT, assertHeaders(signIn, signIn.statusCode(), "redirect to sign in"));
        HttpResponse<String> gateway = anonymous(Browser.APP + "sign-in");
        assertEquals(STRICT, assertHeaders(gateway, 302, "sign-in gateway"));
        // the feed's own, stricter referrer policy stays (its address is its credential)
        assertEquals(
                STRICT,
                assertHeaders(
                        anonymous(Browser.APP + "calendar/no-such-feed.ics"), 404, "no-referrer", "calendar feed"));

        // the API: an answer, a refusal of the container and of a resource, its Swagger UI
        HttpResponse<String> coalitions = send(HttpRequest.newBuilder(URI.create(ApiIT.API + "coalitions"))
                .header("Authorization", "Bearer " + ApiIT.token("bob"))
                .GET()
                .build());
        assertEquals(STRICT, assertHeaders(coalitions, 200, "API answer"));
        assertEquals(STRICT, assertHeaders(anonymous(ApiIT.API + "coalitions"), 401, "API without a token"));
        assertEquals(STRICT, assertHeaders(anonymous(ApiIT.SERVER + "/coalition-api/no-such-thing"), 404, "API 404"));
        String docs = assertHeaders(anonymous(ApiIT.SERVER + "/coalition-api/docs/"), 200, "Swagger UI");
        assertTrue(docs.startsWith("default-src 'none'; script-src 'self';"), docs);
        assertTrue(docs.contains("frame-ancestors 'none'"), docs);
    }

    /**
     * The answers outside the two WARs: the server's root, Payara's own endpoints on the same listener (health,
     * metrics, OpenAPI), an unknown address, and what the container refuses before any servlet runs (a module's
     * WEB-INF), each with the headers and the strict policy.
     */
    @Test
    void the_root_the_servers_endpoints_and_the_containers_refusals_carry_the_headers() {
        HttpResponse<String> root = anonymous(ApiIT.SERVER + "/");
        assertEquals(STRICT, assertHeaders(root, 302, "the server's root"));
        assertEquals(
                ApiIT.SERVER + "/coalition/",
                root.headers()
                        .firstValue("Location")
                        .map(location ->
                                URI.create(ApiIT.SERVER + "/").resolve(location).toString())
                        .orElse(""),
                "the root leads to the pages");
        for (String endpoint : List.of("/health", "/health/live", "/health/ready", "/metrics", "/openapi")) {
            assertEquals(STRICT, assertHeaders(anonymous(ApiIT.SERVER + endpoint), 200, endpoint));
        }
        for (String unknown : List.of(
                "/no-such-thing",
                "/index.html",
                "/WEB-INF/web.xml",
                "/META-INF/MANIFEST.MF",
                "/coalition-api/WEB-INF/web.xml",
                "/coalition-api/META-INF/MANIFEST.MF")) {
            HttpResponse<String> missing = anonymous(ApiIT.SERVER + unknown);
            assertHeaders(missing, 404, unknown);
            assertFalse(missing.body().contains("Payara"), unknown + " names no server: " + missing.body());
        }
        // the pages send a stranger to sign in first (headers checked above); signed in, the same 404 page as any
        try (Browser bob = Browser.signedInAs("bob")) {
            for (String hidden : List.of("WEB-INF/web.xml", "META-INF/MANIFEST.MF")) {
                HttpResponse<String> missing = bob.get(Browser.APP + hidden);
                assertHeaders(missing, 404, hidden);
                assertFalse(missing.body().contains("Payara"), hidden + " names no server: " + missing.body());
            }
        }
    }

    /** Opens each page and lists the console errors it caused (a refused script, a script error, a failed resource). */
    private static Map<String, List<String>> consoleErrors(Browser browser, Map<String, String> pages) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (var page : pages.entrySet()) {
            browser.consoleErrors(); // what earlier pages wrote
            browser.open(page.getValue());
            browser.waitFor(By.tagName("main"));
            String address = browser.currentUrl();
            List<String> errors = new ArrayList<>(browser.consoleErrors().stream()
                    // an error page's own status is what it is for
                    .filter(error -> !(error.startsWith(address + " ")
                            && error.contains("Failed to load resource: the server responded")))
                    .toList());
            if (!errors.isEmpty()) {
                found.put(page.getKey() + " (" + page.getValue() + ")", errors);
            }
        }
        return found;
    }

    @Test
    void the_main_pages_of_every_role_run_under_the_policy_without_a_console_error() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        try (Browser alice = Browser.signedInAs("alice")) {
            alice.waitFor(By.linkText("Flexible work hours")).click();
            alice.waitFor(By.id("coalition-name"));
            String id = alice.find(By.id("nav-dashboard")).getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("alice index", "");
            for (String page : List.of(
                    "coalition",
                    "dashboard",
                    "stakeholders",
                    "map",
                    "common-ground",
                    "quick-wins",
                    "differences",
                    "rhythm",
                    "audit",
                    "import-stakeholders")) {
                pages.put("alice " + page, "coalitions/" + page + ".xhtml?id=" + id);
            }
            pages.put("alice stakeholder form", "coalitions/stakeholder-form.xhtml?coalition=" + id);
            pages.put("alice sponsor", "sponsor.xhtml");
            pages.put("alice allies", "allies.xhtml");
            pages.put("alice my work", "my-work.xhtml");
            found.putAll(consoleErrors(alice, pages));

            // the map's department filter applies itself when chosen (coalition.js, no inline onchange)
            alice.open("coalitions/map.xhtml?id=" + id);
            new Select(alice.waitFor(By.id("department"))).selectByIndex(1);
            alice.waitUntil(() -> alice.currentUrl().contains("department="));
            found.putAll(Map.of("alice map filtered", alice.consoleErrors()).entrySet().stream()
                    .filter(e -> !e.getValue().isEmpty())
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
        try (Browser bob = Browser.signedInAs("bob")) {
            found.putAll(consoleErrors(
                    bob,
                    Map.of(
                            "bob index",
                            "",
                            "bob my work",
                            "my-work.xhtml",
                            "bob propose",
                            "coalitions/propose.xhtml",
                            "bob new coalition",
                            "coalitions/new.xhtml")));
        }
        try (Browser frank = Browser.signedInAs("frank")) {
            found.putAll(consoleErrors(frank, Map.of("frank access", "admin/access.xhtml")));
            // the coalition chooser applies itself when chosen (coalition.js, no inline onchange)
            new Select(frank.waitFor(By.id("coalition"))).selectByIndex(1);
            frank.waitUntil(() -> frank.currentUrl().contains("coalition="));
            frank.waitFor(By.tagName("main"));
            List<String> errors = frank.consoleErrors();
            if (!errors.isEmpty()) {
                found.put("frank access chosen", errors);
            }
        }
        try (Browser dana = Browser.signedInAs("dana")) {
            found.putAll(consoleErrors(
                    dana,
                    Map.of(
                            "dana access",
                            "admin/access.xhtml",
                            "dana templates",
                            "admin/templates.xhtml",
                            "dana 404",
                            "no-such-page.xhtml")));
        }
        try (Browser erin = Browser.signedInAs("erin")) {
            found.putAll(consoleErrors(erin, Map.of("erin 403", "admin/access.xhtml")));
        }
        assertEquals(Map.of(), found, "console errors under the Content-Security-Policy");
    }

    /** Without an icon of its own, Chromium asks the server's root for /favicon.ico and logs the 404 as an error. */
    @Test
    void the_pages_name_their_icon_and_the_server_serves_it() {
        try (Browser alice = Browser.signedInAs("alice")) {
            String icon = alice.find(By.cssSelector("head link[rel='icon']")).getAttribute("href");
            HttpResponse<String> answer = alice.get(icon);
            assertEquals(200, answer.statusCode(), icon);
            assertTrue(
                    answer.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"),
                    answer.headers().toString());
            assertTrue(answer.body().startsWith("<svg"), answer.body());
        }
    }

    @Test
    void the_swagger_ui_runs_under_its_policy() {
        try (Browser anyone = Browser.anonymous()) {
            anyone.consoleErrors();
            anyone.open("../coalition-api/docs/");
            anyone.waitFor(By.cssSelector(".swagger-ui .info"));
            // Chromium asks the server's root for a favicon, which is not the API's
            assertEquals(
                    List.of(),
                    anyone.consoleErrors().stream()
                            .filter(error -> !error.contains("/favicon.ico "))
                            .toList());
        }
    }

    @Test
    void the_check_sees_a_script_the_policy_refuses() {
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.consoleErrors();
            // an inline script, as an injection would add it: refused, and reported on the console
            bob.script("""
                    const probe = document.createElement('script');
                    probe.textContent = 'window.cspProbe = true;';
                    document.body.appendChild(probe);""");
            bob.waitUntil(
                    () -> bob.consoleErrors().stream().anyMatch(error -> error.contains("Content Security Policy")));
            assertNotNull(bob.script("return String(window.cspProbe);"));
            assertEquals("undefined", bob.script("return String(window.cspProbe);"));
        }
    }
}
