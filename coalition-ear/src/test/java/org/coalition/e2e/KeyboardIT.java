package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The main actions with the keyboard only: Tab to a control (a control Tab cannot reach fails the test), type,
 * Enter or Space on buttons and links. Pages are opened by address, as a bookmark would.
 */
@ResourceLock(SharedState.DEMO_COALITION)
class KeyboardIT {

    private static final int TABS = 250;

    private static String coalitionId(Browser browser) {
        browser.open("");
        browser.waitFor(By.linkText("Flexible work hours")).click();
        browser.waitFor(By.id("coalition-name"));
        return browser.find(By.id("nav-dashboard")).getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    @Test
    void a_member_adds_a_stakeholder_with_the_keyboard() {
        String name = "Keyboard Kim " + UUID.randomUUID().toString().substring(0, 5);
        try (Browser bob = Browser.signedInAs("bob")) {
            String id = coalitionId(bob);
            bob.open("coalitions/stakeholders.xhtml?id=" + id);
            bob.waitFor(By.id("add-stakeholder"));
            bob.tabTo("add-stakeholder", TABS);
            bob.press(Keys.ENTER);
            bob.waitFor(By.id("stakeholder:name"));
            bob.tabTo("stakeholder:name", TABS);
            bob.press(name);
            bob.tabTo("stakeholder:title", TABS);
            bob.press("Legal Counsel");
            bob.tabTo("stakeholder:department", TABS);
            bob.press("Legal");
            bob.tabTo("stakeholder:influence", TABS);
            bob.press("4");
            bob.tabTo("stakeholder:interest", TABS);
            bob.press("2");
            bob.tabTo("stakeholder:save", TABS);
            bob.press(Keys.ENTER);
            bob.waitForText(By.id("stakeholder-name"), name);
        }
    }

    @Test
    void
            a_member_updates_a_task_and_proposes_a_milestone_with_the_keyboard_and_the_sponsor_approves_it_with_the_keyboard() {
        String note = "Typed without a mouse " + UUID.randomUUID().toString().substring(0, 5);
        String title = "Keyboard milestone " + UUID.randomUUID().toString().substring(0, 5);
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.open("my-work.xhtml");
            var row = bob.waitFor(
                    By.xpath(
                            "//tr[contains(@class,'my-task')][td[starts-with(normalize-space(.), 'Measure response times weekly')]]"));
            String panel = row.findElement(By.cssSelector(".task-form")).getAttribute("id");
            String prefix = panel.replaceFirst(":task$", "");
            bob.tabTo(prefix + ":status", TABS);
            bob.press(Keys.HOME);
            bob.press(Keys.ARROW_DOWN); // "In progress", the second status
            bob.tabTo(prefix + ":notes", TABS);
            bob.selectAll();
            bob.press(note);
            bob.tabTo(prefix + ":save", TABS);
            bob.press(Keys.ENTER);
            bob.waitUntil(() -> bob.pageText().contains("Updated \u201cMeasure response times weekly\u201d."));
            assertEquals(note, bob.find(By.id(prefix + ":notes")).getAttribute("value"));
            assertEquals("IN_PROGRESS", bob.find(By.id(prefix + ":status")).getAttribute("value"));

            String id = coalitionId(bob);
            bob.open("coalitions/dashboard.xhtml?id=" + id);
            bob.waitFor(By.id("proposeMilestone:title"));
            bob.tabTo("proposeMilestone:title", TABS);
            bob.press(title);
            bob.tabTo("proposeMilestone:description", TABS);
            bob.press("Proposed from the keyboard.");
            bob.tabTo("proposeMilestone:dueOn", TABS);
            bob.press(bob.dateKeys(java.time.LocalDate.now().plusWeeks(3)));
            bob.tabTo("proposeMilestone:propose", TABS);
            bob.press(Keys.ENTER);
            bob.waitUntil(() -> bob.pageText().contains("Milestone proposed."));
        }
        try (Browser alice = Browser.signedInAs("alice")) {
            alice.open("sponsor.xhtml");
            var awaiting = alice.waitFor(
                    By.xpath("//div[contains(@class,'awaiting')][.//*[normalize-space(.)='" + title + "']]"));
            String decide = awaiting.findElement(By.cssSelector(".decide")).getAttribute("id");
            alice.tabTo(decide.replaceFirst(":decide$", ":comment"), TABS);
            alice.press("Approved by keyboard.");
            alice.tabTo(decide.replaceFirst(":decide$", ":approve"), TABS);
            alice.press(Keys.SPACE);
            alice.waitUntil(() -> alice.pageText().contains("Approved \u201c" + title + "\u201d"));
            assertTrue(
                    !alice.isPresent(
                            By.xpath("//div[contains(@class,'awaiting')][.//*[normalize-space(.)='" + title + "']]")),
                    "the decision is made: the milestone no longer awaits one");
        }
    }
}
