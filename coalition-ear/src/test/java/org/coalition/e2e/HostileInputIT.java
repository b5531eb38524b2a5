package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

/**
 * Malformed and hostile input: OWASP-style XSS payloads typed into the text fields end up inert, as text,
 * in every view that shows them; over-long input is refused with a message and the rest of the form is
 * kept; form posts without (or with someone else's) view state change nothing.
 */
@ResourceLock(SharedState.DEMO_COALITION)
@ResourceLock(value = SharedState.ERIN, mode = ResourceAccessMode.READ)
class HostileInputIT {

    /** Each payload, if it ever ran, would set window.xss; shown as text, it only shows. */
    private static final List<String> PAYLOADS = List.of(
            "<script>window.xss=1</script>",
            "<img src=x onerror=\"window.xss=2\">",
            "\"><svg onload=window.xss=3>",
            "'-alert(4)-'",
            "</textarea><script>window.xss=5</script>",
            "<a href=\"javascript:window.xss=6\">link</a>",
            "<iframe srcdoc=\"<script>parent.xss=7</script>\"></iframe>",
            "{{constructor.constructor('window.xss=8')()}}");

    private static void assertInert(Browser browser, String where) {
        Object ran;
        try {
            ran = browser.script("return window.xss === undefined ? null : String(window.xss);");
        } catch (org.openqa.selenium.UnhandledAlertException e) {
            throw new AssertionError("an alert opened on " + where, e);
        }
        assertNull(ran, "payload " + ran + " ran on " + where);
        assertEquals(
                0L,
                browser.script("return document.querySelectorAll('iframe[srcdoc], svg[onload], img[onerror]').length;"),
                "no element injected on " + where);
    }

    @Test
    void xss_payloads_in_every_text_field_are_shown_inert_in_every_view() {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        String name = "XSS " + tag + " <img src=x onerror=\"window.xss=9\">";
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.open("coalitions/propose.xhtml");
            bob.type(By.id("propose:name"), name);
            bob.type(By.id("propose:objective"), String.join(" ", PAYLOADS));
            bob.typeDate("propose:targetDate", LocalDate.now().plusMonths(3).toString());
            bob.find(By.id("propose:submit")).click();
            bob.waitFor(By.id("coalition-name"));
            assertTrue(bob.pageText().contains(name), "the name shows as typed");
            assertInert(bob, "the coalition page");
            String coalitionUrl = bob.currentUrl();
            long coalition = Long.parseLong(coalitionUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));

            bob.find(By.id("nav-stakeholders")).click();
            bob.waitFor(By.id("add-stakeholder")).click();
            bob.type(By.id("stakeholder:name"), "Eve " + PAYLOADS.get(1));
            bob.type(By.id("stakeholder:title"), PAYLOADS.get(2));
            bob.type(By.id("stakeholder:department"), "<b>Ops</b>" + PAYLOADS.get(0));
            bob.type(By.id("stakeholder:influence"), "5");
            bob.type(By.id("stakeholder:interest"), "5");
            bob.select("stakeholder:stance", "Skeptic");
            bob.type(By.id("stakeholder:notes"), String.join(" ", PAYLOADS));
            bob.find(By.id("stakeholder:save")).click();
            bob.waitForText(By.id("stakeholder-name"), "Eve <img");
            assertInert(bob, "the stakeholder page");
            bob.tick("What challenges is your team facing?");
            bob.type(By.id("conversation:notes"), String.join(" ", PAYLOADS));
            bob.find(By.id("conversation:log")).click();
            bob.waitForText(By.id("verification"), "verified");
            assertInert(bob, "the stakeholder page with a conversation");

            bob.open("coalitions/dashboard.xhtml?id=" + coalition);
            bob.type(By.id("postUpdate:text"), String.join(" ", PAYLOADS));
            bob.find(By.id("postUpdate:post")).click();
            bob.waitForText(By.id("messages"), "Update posted.");
            bob.type(By.id("addTask:title"), PAYLOADS.get(5));
            bob.pick("addTask:assignee", "Bob", "Bob Baker");
            bob.find(By.id("addTask:add")).click();
            bob.waitForText(By.id("messages"), "Task added");
            bob.type(By.id("recognize:who"), PAYLOADS.get(1));
            bob.type(By.id("recognize:what"), PAYLOADS.get(6));
            bob.find(By.id("recognize:thank")).click();
            bob.waitForText(By.id("messages"), "Thank-you posted");

            bob.open("coalitions/differences.xhtml?id=" + coalition);
            bob.type(By.id("openDifference:topic"), PAYLOADS.get(4));
            bob.type(By.id("openDifference:description"), String.join(" ", PAYLOADS));
            bob.find(By.id("openDifference:open")).click();
            bob.waitForText(By.id("messages"), "recorded");

            // every view that shows these texts
            for (String view : List.of(
                    "",
                    "coalitions/coalition.xhtml?id=",
                    "coalitions/dashboard.xhtml?id=",
                    "coalitions/stakeholders.xhtml?id=",
                    "coalitions/map.xhtml?id=",
                    "coalitions/differences.xhtml?id=",
                    "coalitions/common-ground.xhtml?id=",
                    "coalitions/quick-wins.xhtml?id=",
                    "coalitions/rhythm.xhtml?id=",
                    "coalitions/audit.xhtml?id=",
                    "my-work.xhtml")) {
                String path = view.endsWith("=") ? view + coalition : view;
                bob.open(path);
                bob.waitFor(By.id("signed-in-as"));
                assertInert(bob, path);
            }
            bob.open("coalitions/dashboard.xhtml?id=" + coalition);
            String dashboard = bob.pageText();
            assertTrue(
                    dashboard.contains(PAYLOADS.get(0)) && dashboard.contains(PAYLOADS.get(5)),
                    "the payloads show as plain text");
        }
        try (Browser dana = Browser.signedInAs("dana")) {
            for (String path : List.of("", "admin/access.xhtml")) {
                dana.open(path);
                dana.waitFor(By.id("signed-in-as"));
                assertInert(dana, "dana's " + path);
            }
        }
    }

    @Test
    void over_long_input_is_refused_with_a_message_and_the_rest_of_the_form_is_kept() {
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.waitFor(By.linkText("Flexible work hours")).click();
            bob.find(By.id("nav-stakeholders")).click();
            bob.waitFor(By.id("add-stakeholder")).click();
            bob.setValue(By.id("stakeholder:name"), "N".repeat(5000));
            bob.type(By.id("stakeholder:title"), "Kept title");
            bob.type(By.id("stakeholder:department"), "Kept department");
            bob.type(By.id("stakeholder:influence"), "3");
            bob.type(By.id("stakeholder:interest"), "3");
            bob.find(By.id("stakeholder:save")).click();
            bob.waitForText(By.id("stakeholder"), "The name can be at most 150 characters.");
            assertEquals("Kept title", bob.find(By.id("stakeholder:title")).getAttribute("value"));
            assertEquals(
                    "Kept department", bob.find(By.id("stakeholder:department")).getAttribute("value"));
            assertFalse(bob.pageText().contains("Exception"));
        }
    }

    @Test
    void form_posts_without_a_valid_view_state_change_nothing() throws Exception {
        String forged = "Forged update " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser bob = Browser.signedInAs("bob");
                Browser erin = Browser.signedInAs("erin")) {
            bob.waitFor(By.linkText("Flexible work hours")).click();
            bob.waitFor(By.id("nav-dashboard")).click();
            bob.waitFor(By.id("dashboard-phase"));
            String dashboard = bob.currentUrl();
            String bobsViewState = (String) bob.script(
                    "return document.querySelector('#postUpdate input[name=\"jakarta.faces.ViewState\"]').value;");

            Map<String, String> form = new LinkedHashMap<>();
            form.put("postUpdate", "postUpdate");
            form.put("postUpdate:text", forged);
            form.put("postUpdate:post", "");
            // 1. no view state at all, with bob's own session: Faces treats it as a fresh request
            int missing = post(dashboard, bob.cookieHeader(), form);
            // 2. bob's view state replayed in erin's session (a forged cross-session post)
            form.put("jakarta.faces.ViewState", bobsViewState);
            int replayed = post(dashboard, erin.cookieHeader(), form);
            // 3. a made-up view state
            form.put("jakarta.faces.ViewState", "-123456789:987654321");
            int madeUp = post(dashboard, bob.cookieHeader(), form);
            assertTrue(
                    missing < 500 && replayed < 500 && madeUp < 500,
                    missing + " " + replayed + " " + madeUp + ": no server error");

            bob.open(dashboard.substring(dashboard.indexOf("coalitions/")));
            bob.waitFor(By.id("dashboard-phase"));
            assertFalse(bob.pageText().contains(forged), "none of the forged posts reached the feed");
        }
    }

    private static int post(String url, String cookies, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", cookies)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}
