package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

/**
 * The method's first three practices end to end: map a stakeholder, discover their motivations in a
 * one-on-one, frame the shared goal for them — and see their dot on the grid turn verified.
 */
@ResourceLock(SharedState.DEMO_COALITION)
class StakeholderMapIT {

    private static long idFrom(String url) {
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    @Test
    void bob_maps_a_stakeholder_holds_a_one_on_one_writes_a_framing_and_sees_the_dot_verified() {
        String name = "Tom Becker " + UUID.randomUUID().toString().substring(0, 5);
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.open("coalitions/propose.xhtml");
            bob.type(
                    By.id("propose:name"),
                    "Core hours " + UUID.randomUUID().toString().substring(0, 5));
            bob.type(By.id("propose:objective"), "Core hours per team.");
            bob.typeDate("propose:targetDate", LocalDate.now().plusMonths(3).toString());
            bob.find(By.id("propose:submit")).click();
            bob.waitFor(By.id("coalition-name"));

            bob.find(By.id("nav-stakeholders")).click();
            bob.waitFor(By.id("add-stakeholder")).click();
            bob.type(By.id("stakeholder:name"), name);
            bob.type(By.id("stakeholder:title"), "Engineering Manager");
            bob.type(By.id("stakeholder:department"), "Engineering");
            bob.type(By.id("stakeholder:influence"), "4");
            bob.type(By.id("stakeholder:interest"), "5");
            bob.tick("People");
            bob.select("stakeholder:stance", "Supporter");
            bob.type(By.id("stakeholder:notes"), "Prefers written proposals.");
            bob.find(By.id("stakeholder:save")).click();
            bob.waitForText(By.id("stakeholder-name"), name);
            long stakeholderId = idFrom(bob.currentUrl());
            assertEquals("assumed", bob.find(By.id("verification")).getText(), "no conversation yet");

            bob.open("coalitions/map.xhtml?id=" + coalitionOf(bob));
            assertTrue(bob.find(By.id("dot-" + stakeholderId))
                    .getAttribute("class")
                    .contains("dot-assumed"));

            bob.open("coalitions/stakeholder.xhtml?id=" + stakeholderId);
            bob.tick("What challenges is your team facing?");
            bob.type(By.id("conversation:notes"), "Meetings eat the team's focus time.");
            bob.select("conversation:motivations:0:category", "Data and efficiency");
            bob.type(By.id("conversation:motivations:0:description"), "Protect focus time");
            bob.select("conversation:motivations:0:strength", "strong");
            bob.select("conversation:motivations:1:category", "Team morale");
            bob.type(By.id("conversation:motivations:1:description"), "The team asked for it");
            bob.find(By.id("conversation:log")).click();
            bob.waitForText(By.id("verification"), "verified");
            String profile = bob.find(By.id("motivation-profile")).getText();
            assertTrue(profile.contains("Data and efficiency") && profile.contains("Team morale"), profile);

            bob.type(By.id("framing:text"), "Shared core hours give your team long stretches of focus time.");
            bob.tick("Data and efficiency: Protect focus time");
            bob.select("framing:signOn", "Considering");
            bob.find(By.id("framing:save-framing")).click();
            bob.waitForText(By.id("messages"), "Framing saved.");

            bob.find(By.id("nav-map")).click();
            bob.waitFor(By.id("grid"));
            assertTrue(
                    bob.find(By.id("dot-" + stakeholderId))
                            .getAttribute("class")
                            .contains("dot-verified"),
                    "the dot is marked verified after the one-on-one");

            bob.find(By.id("nav-common-ground")).click();
            String overlap = bob.waitFor(By.id("overlap")).getText();
            assertTrue(overlap.contains("Data and efficiency"), overlap);
            assertTrue(bob.find(By.id("framings")).getText().contains(name));
        }
    }

    @Test
    void an_observer_sees_the_map_but_no_notes_or_motivations() {
        try (Browser carol = Browser.signedInAs("carol")) {
            carol.waitFor(By.linkText("Flexible work hours")).click();
            assertEquals("observer", carol.waitFor(By.id("your-role")).getText());
            carol.find(By.id("nav-map")).click();
            carol.waitFor(By.id("grid"));
            assertTrue(carol.isPresent(By.cssSelector("a.dot-verified")), "verified dots are shown");
            assertTrue(carol.isPresent(By.cssSelector("a.dot-assumed")), "assumed dots are shown");

            // each dot carries the person's initials and their name on hover; the list under the map names them too
            org.openqa.selenium.WebElement dot = carol.find(By.cssSelector("a.dot-verified"));
            String name = dot.getAttribute("data-name");
            String[] words = name.trim().split("\\s+");
            String initials = (words[0].substring(0, 1)
                            + (words.length > 1 ? words[words.length - 1].substring(0, 1) : ""))
                    .toUpperCase();
            assertEquals(
                    initials,
                    dot.findElement(By.cssSelector("text.dot-initials")).getAttribute("textContent"));
            assertTrue(
                    dot.findElement(By.tagName("title"))
                            .getAttribute("textContent")
                            .startsWith(name),
                    "the name on hover");
            assertTrue(
                    carol.find(By.id("peopleList:people")).getText().contains(name),
                    "the list under the map names " + name);

            carol.find(By.cssSelector("a.dot-verified")).click();
            carol.waitFor(By.id("stakeholder-name"));
            assertTrue(carol.isPresent(By.id("stance-history")));
            assertFalse(carol.isPresent(By.id("motivations")), "no motivations for observers");
            assertFalse(carol.isPresent(By.cssSelector(".conversation-notes")), "no conversation notes for observers");
            assertFalse(carol.isPresent(By.id("conversation")), "no conversation form");
            assertFalse(carol.isPresent(By.id("edit-stakeholder")), "no edit controls");

            carol.find(By.id("nav-common-ground")).click();
            carol.waitFor(By.id("purpose"));
            assertFalse(carol.isPresent(By.id("overlap")), "the overlap is built from motivations");
            assertFalse(carol.isPresent(By.id("purposeForm")));
        }
    }

    private static long coalitionOf(Browser browser) {
        String href = browser.find(By.id("nav-map")).getAttribute("href");
        return idFrom(href);
    }
}
