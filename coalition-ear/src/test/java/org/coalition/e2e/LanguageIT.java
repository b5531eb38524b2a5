package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

/** The pages speak the browser's language: German for a browser set to German, English otherwise. */
@ResourceLock(value = SharedState.DEMO_COALITION, mode = ResourceAccessMode.READ)
class LanguageIT {

    @Test
    void a_browser_set_to_german_sees_german_pages() {
        try (Browser bob = Browser.signedInAs("bob", "de")) {
            assertTrue(
                    bob.find(By.id("welcome")).getText().startsWith("Willkommen, "),
                    bob.find(By.id("welcome")).getText());
            assertEquals("de", bob.find(By.tagName("html")).getAttribute("lang"));
            assertEquals("Meine Arbeit", bob.find(By.id("nav-my-work")).getText());
            assertEquals("Abmelden", bob.find(By.id("sign-out")).getText());
            String home = bob.pageText();
            assertTrue(home.contains("Koalitionen, zu denen Sie gehören"), home);
            assertTrue(home.contains("Mitglied"), "bob's role, a domain value, in German: " + home);

            bob.waitFor(By.linkText("Flexible work hours")).click();
            bob.waitFor(By.id("coalition-name"));
            assertEquals("Dashboard", bob.find(By.id("nav-dashboard")).getText());
            assertEquals("Karte", bob.find(By.id("nav-map")).getText());
            bob.find(By.id("nav-dashboard")).click();
            bob.waitForText(By.tagName("main"), "Meilensteine");
            assertTrue(bob.pageText().contains("Meilenstein vorschlagen"), bob.pageText());
            // the health advisor's findings (written in English by the domain) are told in German too
            var findings = bob.find(By.tagName("main")).findElements(By.cssSelector("li.finding"));
            assertTrue(!findings.isEmpty(), "the demo coalition has findings: " + bob.pageText());
            for (var finding : findings) {
                String text = finding.getText();
                assertTrue(
                        text.contains("Was zu tun ist:")
                                && !text.contains("What to do")
                                && !text.contains("high-influence stakeholders have")
                                && !text.contains("Hold the one-on-ones"),
                        text);
            }
        }
    }

    @Test
    void what_the_system_wrote_on_the_feed_and_the_audit_trail_reads_in_the_reader_s_language() {
        String token = "for the rota " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser alice = Browser.signedInAs("alice", "de")) {
            alice.openDemoDashboard();
            String wins = alice.find(By.id("wins")).getText();
            assertTrue(
                    wins.contains("Meilenstein „Pilot in Engineering and Support“ von Alice Adams freigegeben")
                            && !wins.contains("approved by"),
                    "the demo's celebration in German: " + wins);
            alice.type(By.id("recognize:who"), "Erin Evans");
            alice.type(By.id("recognize:what"), token);
            alice.find(By.id("recognize:thank")).click();
            alice.waitForText(By.id("messages"), "Dank auf der Erfolgswand");
            assertTrue(
                    alice.find(By.id("wins")).getText().contains("Danke, Erin Evans: " + token),
                    alice.find(By.id("wins")).getText());

            alice.find(By.id("audit-link")).click();
            String trail = alice.waitFor(By.id("audit:entries")).getText();
            assertTrue(
                    trail.contains("Danke, Erin Evans: " + token) && !trail.contains("Thank you, Erin Evans: " + token),
                    trail);
            // what was done, in words of the reader's language too, not the stored code
            assertTrue(
                    trail.contains("Anerkennung gepostet")
                            && !trail.contains("feed.recognition")
                            && !trail.contains("Recognition posted"),
                    trail);
        }
        try (Browser alice = Browser.signedInAs("alice")) {
            alice.openDemoDashboard();
            assertTrue(
                    alice.find(By.id("wins")).getText().contains("Thank you, Erin Evans: " + token),
                    "and in English for English readers");
        }
    }

    @Test
    void a_question_the_browser_asks_before_a_change_is_asked_in_german_too() {
        try (Browser bob = Browser.signedInAs("bob", "de")) {
            bob.openDemoDashboard();
            bob.find(By.id("rhythm-link")).click();
            bob.waitFor(By.id("feedForm:regenerate"));
            // the dialog is answered "no" and its question kept, so the link stays as it is
            bob.script("window.confirm = function (question) { window.asked = question; return false; };");
            bob.find(By.id("feedForm:regenerate")).click();
            String asked = String.valueOf(bob.script("return window.asked;"));
            assertTrue(asked.contains("Fortfahren?") && !asked.contains("Continue"), asked);
        }
    }

    @Test
    void a_browser_with_no_language_set_sees_english_pages() {
        try (Browser bob = Browser.signedInAs("bob")) {
            assertTrue(bob.find(By.id("welcome")).getText().startsWith("Welcome, "));
            assertEquals("en", bob.find(By.tagName("html")).getAttribute("lang"));
            assertEquals("My work", bob.find(By.id("nav-my-work")).getText());
            assertTrue(bob.pageText().contains("Coalitions you belong to"));
        }
    }
}
