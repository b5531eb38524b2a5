package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The guided playbook: a first-time lead starts a coalition through the wizard from the "Policy change"
 * template, follows the panel's next step and sees the checklist advance.
 */
class PlaybookIT {

    private static boolean done(Browser browser, String item) {
        return browser.waitFor(By.id("check-" + item)).getAttribute("class").contains("check-done");
    }

    @Test
    void bob_starts_a_coalition_from_a_template_follows_the_next_step_and_sees_the_checklist_advance() {
        String name = "Flexible Fridays " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.find(By.id("start-guided")).click();

            bob.waitForText(By.id("step-title"), "Starting point");
            bob.find(By.xpath("//label[starts-with(normalize-space(.), 'Policy change')]"))
                    .click();
            bob.find(By.id("wizard:next")).click();

            bob.waitForText(By.id("step-title"), "Objective");
            bob.find(By.id("wizard:next")).click();
            bob.waitForText(By.id("step-title"), "Objective");
            assertTrue(
                    bob.pageText().contains("Give the coalition a name."),
                    "the objective step cannot be skipped empty");
            bob.type(By.id("wizard:name"), name);
            bob.type(By.id("wizard:objective"), "Every team may work flexible hours on Fridays.");
            bob.type(By.id("wizard:rationale"), "HR, the works council and Operations each hold a piece of it.");
            bob.find(By.id("wizard:next")).click();

            bob.waitForText(By.id("step-title"), "Shared purpose");
            bob.type(By.id("wizard:purpose"), "Time that fits people's lives, with customers still covered.");
            bob.find(By.id("wizard:next")).click();

            bob.waitForText(By.id("step-title"), "Sponsors");
            bob.tick("Alice Adams (Operations)");
            bob.find(By.id("wizard:next")).click();

            bob.waitForText(By.id("step-title"), "Sync rhythm");
            bob.find(By.id("wizard:skip")).click();

            bob.waitForText(By.id("step-title"), "First stakeholders");
            assertEquals(
                    "HR business partner",
                    bob.find(By.id("wizard:rows:0:title")).getAttribute("value"),
                    "the template's roles");
            bob.type(By.id("wizard:rows:0:name"), "Hanna Berg");
            bob.type(By.id("wizard:rows:3:name"), "Lars Legal");
            bob.type(By.id("wizard:rows:4:name"), "Emma Engineer");
            bob.find(By.id("wizard:next")).click();

            bob.waitForText(By.id("step-title"), "Review");
            assertEquals("Policy change", bob.find(By.id("review-template")).getText());
            assertTrue(
                    bob.find(By.id("template-questions")).getText().contains("What would this policy change for you"));
            bob.find(By.id("wizard:create")).click();

            // The dashboard of the new coalition, with the panel.
            bob.waitForText(By.cssSelector(".coalition-title"), name);
            assertTrue(
                    bob.pageText().contains("Policy draft agreed with HR and the works council"),
                    "the template's milestones");
            assertEquals(
                    "Discovery 2/4",
                    bob.find(By.id("phase-DISCOVERY")).getText().trim());
            assertTrue(done(bob, "stakeholders-mapped"));
            assertTrue(done(bob, "sponsor-on-board"));
            assertFalse(done(bob, "key-one-on-ones"));
            assertFalse(done(bob, "motivations-recorded"));
            String nextStep = bob.find(By.id("next-step")).getText();
            assertTrue(nextStep.contains("Assuming alignment") && nextStep.contains("Hold the one-on-ones"), nextStep);

            // Follow the next step: the register, then the one high-influence stakeholder.
            bob.find(By.id("next-step-link")).click();
            bob.waitFor(By.linkText("Hanna Berg")).click();
            bob.waitForText(By.id("stakeholder-name"), "Hanna Berg");
            assertTrue(bob.find(By.id("playbook")).isDisplayed(), "the panel is on every coalition page");
            assertTrue(
                    bob.isPresent(
                            By.xpath(
                                    "//label[normalize-space(.)=\"What would this policy change for you and your team, day to day?\"]")),
                    "the template's questions are offered in the one-on-one");
            bob.tick("What challenges is your team facing?");
            bob.type(By.id("conversation:notes"), "Open to it if shift coverage stays fair.");
            bob.select("conversation:motivations:0:category", "Budget and cost");
            bob.type(By.id("conversation:motivations:0:description"), "No overtime costs");
            bob.find(By.id("conversation:log")).click();
            bob.waitForText(By.id("verification"), "verified");

            bob.find(By.id("nav-dashboard")).click();
            bob.waitForText(By.id("phase-DISCOVERY"), "Discovery 4/4");
            assertTrue(done(bob, "key-one-on-ones"));
            assertTrue(done(bob, "motivations-recorded"));
            String after = bob.find(By.id("next-step")).getText();
            assertFalse(after.contains("Assuming alignment"), after);
            assertTrue(after.contains("Hold the next sync"), "the next pitfall's correction: " + after);

            bob.find(By.id("nav-overview")).click();
            assertEquals(
                    "HR, the works council and Operations each hold a piece of it.",
                    bob.waitFor(By.id("rationale")).getText());
        }
    }

    @Test
    void dana_adds_a_template_with_a_clear_message_for_an_unreadable_line_and_bob_cannot_edit_templates() {
        String name = "Office move " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser dana = Browser.signedInAs("dana")) {
            dana.find(By.id("nav-templates")).click();
            assertTrue(dana.waitFor(By.id("templates")).getText().contains("Culture change"));
            dana.type(By.id("template:name"), name);
            dana.type(By.id("template:kind"), "Workplace change");
            dana.type(By.id("template:milestones"), "Everyone moved | soon");
            dana.find(By.id("template:save")).click();
            dana.waitForText(By.id("messages"), "Each milestone skeleton is");
            dana.type(By.id("template:milestones"), "Everyone moved | 12");
            dana.find(By.id("template:save")).click();
            dana.waitForText(By.id("messages"), "Template created.");
            assertTrue(dana.find(By.id("templates")).getText().contains(name));
        }
        try (Browser bob = Browser.signedInAs("bob")) {
            assertFalse(bob.isPresent(By.id("nav-templates")));
            bob.open("admin/templates.xhtml");
            bob.waitFor(By.id("templates"));
            assertFalse(bob.isPresent(By.id("template:save")), "only administrators get the editor");
        }
    }
}
