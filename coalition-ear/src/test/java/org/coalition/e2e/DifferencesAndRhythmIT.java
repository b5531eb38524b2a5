package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Differences handled in the open, and the sync rhythm with a calendar feed, in the demo coalition. */
@ResourceLock(SharedState.DEMO_COALITION)
class DifferencesAndRhythmIT {

    private static void openDemo(Browser browser, String tab) {
        browser.waitFor(By.linkText("Flexible work hours")).click();
        browser.waitFor(By.id(tab)).click();
    }

    private static WebElement difference(Browser browser, String topic) {
        return browser.waitFor(By.xpath(
                "//div[starts-with(@id,'difference-')][.//*[contains(@class,'difference-topic')][normalize-space(.)=\""
                        + topic + "\"]]"));
    }

    @Test
    void bob_resolves_a_disagreement_with_rationale_and_the_dissent_stays_on_record() {
        try (Browser bob = Browser.signedInAs("bob")) {
            openDemo(bob, "nav-differences");
            String seeded = difference(bob, "Fixed reachability or focus time").getText();
            assertTrue(seeded.contains("Priya Natarajan") && seeded.contains("Tom Becker"), seeded);

            String topic = "Meeting-free Fridays "
                    + java.util.UUID.randomUUID().toString().substring(0, 5);
            bob.type(By.id("openDifference:topic"), topic);
            bob.type(
                    By.id("openDifference:description"),
                    "Engineering wants no meetings on Fridays; Sales has its weekly review then.");
            bob.pick("openDifference:partyA", "Tom Beck", "Tom Becker (stakeholder, Engineering)");
            bob.type(By.id("openDifference:positionA"), "No meetings on Fridays.");
            bob.find(By.id("openDifference:open")).click();
            WebElement open = difference(bob, topic);
            assertTrue(open.getText().contains("Tom Becker"), open.getText());
            // the card's own picker: another side, found by typing
            String addParty =
                    open.findElement(By.cssSelector("[id$=':add-party']")).getAttribute("id");
            String card = addParty.substring(0, addParty.length() - ":add-party".length());
            bob.pick(card + ":who", "natara", "Priya Natarajan (stakeholder, Sales)");
            bob.type(By.id(card + ":position"), "The weekly review stays on Friday.");
            bob.find(By.id(addParty)).click();
            bob.waitForText(By.id("messages"), "Position added");
            open = difference(bob, topic);
            assertTrue(open.getText().contains("Priya Natarajan"), "the picked side is recorded: " + open.getText());
            String resolve =
                    open.findElement(By.cssSelector("[id$=':resolve']")).getAttribute("id");
            String row = resolve.substring(0, resolve.length() - ":resolve".length());
            bob.type(By.id(row + ":decision"), "Core hours 10-15 plus a reachability rota in customer-facing teams.");
            bob.type(By.id(row + ":rationale"), "Keeps focus time and customers always reach someone.");
            bob.type(By.id(row + ":dissent"), "Priya would still prefer 9-17 for account managers.");
            bob.find(By.id(resolve)).click();
            bob.waitForText(By.id("messages"), "");
            String text = difference(bob, topic).getText();
            assertTrue(text.contains("Resolved"), text);
            assertTrue(text.contains("Priya would still prefer 9-17"), "dissent kept on record: " + text);
        }
    }

    @Test
    void an_observer_reads_positions_but_cannot_change_a_difference() {
        try (Browser carol = Browser.signedInAs("carol")) {
            openDemo(carol, "nav-differences");
            String text = difference(carol, "Who approves a team's core hours").getText();
            assertTrue(text.contains("Raj still thinks"), text);
            assertFalse(carol.isPresent(By.cssSelector("[id$=':resolve']")));
            assertFalse(carol.isPresent(By.id("openDifference")));
        }
    }

    @Test
    void the_sync_series_is_a_calendar_feed_that_needs_no_sign_in() throws IOException, InterruptedException {
        String feed;
        try (Browser bob = Browser.signedInAs("bob")) {
            openDemo(bob, "nav-rhythm");
            assertTrue(bob.waitFor(By.id("cadence-summary")).getText().contains("Thursday"));
            feed = bob.waitFor(By.id("subscription-link")).getText().trim();
            if (!feed.startsWith("http")) {
                feed = bob.find(By.id("subscription-link")).getAttribute("href");
            }
            bob.find(By.id("nav-dashboard")).click();
            assertTrue(bob.waitFor(By.id("next-sync")).getText().contains("Thu"));
        }
        HttpResponse<String> calendar = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(feed)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, calendar.statusCode(), feed);
        assertTrue(calendar.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(
                calendar.body().contains("RRULE:FREQ=WEEKLY") && calendar.body().contains("BYDAY=TH"), calendar.body());
        assertTrue(calendar.headers().allValues("Set-Cookie").isEmpty(), "a calendar app gets no session");
        HttpResponse<String> wrong = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(feed.replaceAll(
                                        "/calendar/[^/]+\\.ics$", "/calendar/not-a-real-token-000000000000000.ics")))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(404, wrong.statusCode());
    }
}
