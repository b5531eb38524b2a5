package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The same demo coalition seen by each role: the sponsor decides, the member works, the admin grants. */
@ResourceLock(value = SharedState.DEMO_COALITION, mode = ResourceAccessMode.READ)
@ResourceLock(value = SharedState.ERIN, mode = ResourceAccessMode.READ)
class RoleViewsIT {

    @Test
    void alice_sees_her_sponsored_coalitions_and_the_milestones_awaiting_her_decision() {
        try (Browser alice = Browser.signedInAs("alice")) {
            alice.find(By.id("nav-sponsor")).click();
            String sponsored = alice.waitFor(By.id("sponsored")).getText();
            assertTrue(sponsored.contains("Flexible work hours"), sponsored);
            assertTrue(alice.find(By.id("awaiting")).getText().contains("Draft the flexible hours policy"));

            // each coalition's health names each pitfall found once, with how many findings name it (the demo's
            // "Shared on-call rota" has three about sporadic communication: the name was written three times)
            for (WebElement row :
                    alice.find(By.id("sponsored")).findElements(By.cssSelector("tr.sponsored-coalition"))) {
                List<String> pitfalls = row.findElements(By.cssSelector(".finding")).stream()
                        .map(finding -> finding.getText().replaceFirst("[\\s\\u00A0]×[\\s\\u00A0]\\d+$", ""))
                        .toList();
                assertEquals(pitfalls.stream().distinct().toList(), pitfalls, row.getText());
            }
        }
    }

    @Test
    void bob_sees_his_own_work_across_coalitions() {
        try (Browser bob = Browser.signedInAs("bob")) {
            assertFalse(bob.isPresent(By.id("nav-sponsor")), "bob is no executive");
            bob.find(By.id("nav-my-work")).click();
            String tasks = bob.waitFor(By.id("my-tasks")).getText();
            assertTrue(tasks.contains("Measure response times weekly"), tasks);
            assertFalse(tasks.contains("Check the policy with Legal"), "erin's task is not bob's work");
            String due = bob.find(By.id("conversations-due")).getText();
            assertTrue(due.contains("Ken Oduya"), "bob owns Ken, never spoken to: " + due);
            assertTrue(bob.find(By.id("next-syncs")).getText().contains("Flexible work hours"));
        }
    }

    @Test
    void the_sponsor_view_refuses_people_without_the_executive_role() {
        try (Browser erin = Browser.signedInAs("erin")) {
            erin.open("sponsor.xhtml");
            erin.waitFor(By.id("error-403"));
            assertEquals(403, erin.statusOf(Browser.APP + "sponsor.xhtml"));
        }
    }
}
