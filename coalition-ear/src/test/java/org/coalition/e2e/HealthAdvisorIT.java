package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The health advisor on the troubled demo coalition: every pitfall with its evidence and correction. */
class HealthAdvisorIT {

    private static final String TROUBLED = "Shared on-call rota";

    private static int score(Browser browser) {
        return Integer.parseInt(browser.waitFor(By.id("health-score")).getText().trim());
    }

    @Test
    void alice_sees_all_four_pitfalls_and_bob_s_missing_one_on_one_improves_alignment_and_score() {
        try (Browser alice = Browser.signedInAs("alice")) {
            alice.waitFor(By.linkText(TROUBLED)).click();
            alice.waitFor(By.id("nav-dashboard")).click();
            String findings = alice.waitFor(By.id("findings")).getText();
            for (String pitfall : new String[] {
                "Assuming alignment", "Skipping trust-building", "Sporadic communication", "Ignored differences"
            }) {
                assertTrue(findings.contains(pitfall), pitfall + " in " + findings);
            }
            assertTrue(findings.contains("Hold the one-on-ones before you formally propose"), findings);
            assertTrue(
                    alice.isPresent(
                            By.xpath("//li[contains(@class,'finding-ASSUMED_ALIGNMENT')]//a[text()='Marcus Grant']")),
                    "the evidence links to the stakeholder");
            assertTrue(alice.isPresent(
                    By.xpath("//li[contains(@class,'finding-IGNORED_DIFFERENCES')]//a[text()='On-call pay']")));
            assertTrue(alice.isPresent(By.cssSelector("#health-trend polyline")), "the daily snapshots draw the trend");

            // the alignment finding's one-click correction: a task for the relationship owner
            alice.find(By.xpath("//li[contains(@class,'finding-ASSUMED_ALIGNMENT')]//a[text()='Jana Novak']"
                            + "/following-sibling::button[contains(@class,'plan-one-on-one')]"))
                    .click();
            alice.waitForText(
                    By.id("messages"), "Planned: \u201CHold a one-on-one with Jana Novak\u201D for Erin Evans, due ");
            assertTrue(
                    alice.waitFor(By.id("taskTable")).getText().contains("Hold a one-on-one with Jana Novak"),
                    "on the task list");
            alice.find(By.xpath("//li[contains(@class,'finding-ASSUMED_ALIGNMENT')]//a[text()='Jana Novak']"
                            + "/following-sibling::button[contains(@class,'plan-one-on-one')]"))
                    .click();
            alice.waitForText(By.id("messages"), "A one-on-one with Jana Novak is already planned: Erin Evans's task");

            alice.find(By.id("nav-sponsor")).click();
            assertTrue(alice.waitFor(By.id("sponsored")).getText().contains(TROUBLED));
            assertTrue(
                    alice.isPresent(By.cssSelector("#sponsored .sponsor-trend polyline")),
                    "sponsors see the trend in their own view");
        }
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.waitFor(By.linkText(TROUBLED)).click();
            bob.waitFor(By.id("nav-dashboard")).click();
            int before = score(bob);
            bob.find(By.xpath("//li[contains(@class,'finding-ASSUMED_ALIGNMENT')]//a[text()='Marcus Grant']"))
                    .click();
            bob.waitForText(By.id("stakeholder-name"), "Marcus Grant");
            bob.tick("What challenges is your team facing?");
            bob.type(By.id("conversation:notes"), "Wants a fair rota, worried about the budget.");
            bob.select("conversation:motivations:0:category", "Budget and cost");
            bob.type(By.id("conversation:motivations:0:description"), "Predictable on-call budget");
            bob.find(By.id("conversation:log")).click();
            bob.waitForText(By.id("verification"), "verified");

            bob.find(By.id("nav-dashboard")).click();
            int after = score(bob);
            assertTrue(after > before, "score " + before + " -> " + after);
            String findings = bob.find(By.id("findings")).getText();
            assertFalse(
                    bob.isPresent(
                            By.xpath("//li[contains(@class,'finding-ASSUMED_ALIGNMENT')]//a[text()='Marcus Grant']")),
                    "Marcus is no longer an assumed stance: " + findings);
        }
    }
}
