package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A milestone's way through the demo coalition "Flexible work hours": bob (member) proposes it, alice
 * (its executive sponsor) approves it with a comment, bob sees it approved and celebrated, carol
 * (observer) sees the progress but no controls.
 */
@ResourceLock(SharedState.DEMO_COALITION)
class MilestoneApprovalIT {

    private static WebElement milestoneTitled(Browser browser, String title) {
        return browser.waitFor(By.xpath("//div[contains(@class,'milestone')][.//strong[text()='" + title + "']]"));
    }

    @Test
    void bob_proposes_alice_approves_with_a_comment_and_bob_sees_it_celebrated() {
        String title =
                "Publish the pilot results " + UUID.randomUUID().toString().substring(0, 5);
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.openDemoDashboard();
            bob.type(By.id("proposeMilestone:title"), title);
            bob.type(By.id("proposeMilestone:description"), "A one-page summary for the leadership team.");
            bob.typeDate("proposeMilestone:dueOn", LocalDate.now().plusWeeks(3).toString());
            bob.find(By.id("proposeMilestone:propose")).click();
            bob.waitForText(By.id("messages"), "Milestone proposed");
            assertTrue(milestoneTitled(bob, title).getText().contains("Proposed"));
            assertFalse(
                    bob.isPresent(By.xpath("//div[contains(@class,'milestone')][.//strong[text()='" + title
                            + "']]//button[normalize-space(.)='Approve']")),
                    "a member has no approve button");
        }
        try (Browser alice = Browser.signedInAs("alice")) {
            alice.openDemoDashboard();
            String decide = milestoneTitled(alice, title)
                    .findElement(By.cssSelector("div.decide"))
                    .getAttribute("id");
            alice.type(By.id(decide.replace(":decide", ":comment")), "Good idea: keep it to one page.");
            alice.find(By.id(decide.replace(":decide", ":approve"))).click();
            alice.waitForText(By.id("messages"), "Approved");
            assertTrue(milestoneTitled(alice, title).getText().contains("Approved by Alice Adams"));
        }
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.openDemoDashboard();
            String text = milestoneTitled(bob, title).getText();
            assertTrue(text.contains("Approved") && text.contains("Good idea: keep it to one page."), text);
            assertTrue(bob.find(By.id("wins")).getText().contains(title), "celebrated on the wins wall");
        }
    }

    @Test
    void a_rejected_milestone_is_revised_and_proposed_again() {
        String title = "Everyone 9 to 17 " + UUID.randomUUID().toString().substring(0, 5);
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.openDemoDashboard();
            bob.type(By.id("proposeMilestone:title"), title);
            bob.typeDate("proposeMilestone:dueOn", LocalDate.now().plusWeeks(5).toString());
            bob.find(By.id("proposeMilestone:propose")).click();
            bob.waitForText(By.id("messages"), "Milestone proposed");
        }
        try (Browser alice = Browser.signedInAs("alice")) {
            alice.openDemoDashboard();
            String decide = milestoneTitled(alice, title)
                    .findElement(By.cssSelector("div.decide"))
                    .getAttribute("id");
            alice.type(By.id(decide.replaceFirst(":decide$", ":comment")), "Too broad: split it per team.");
            alice.find(By.id(decide.replaceFirst(":decide$", ":reject"))).click();
            alice.waitForText(By.id("messages"), "Rejected");
        }
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.openDemoDashboard();
            WebElement rejected = milestoneTitled(bob, title);
            assertTrue(
                    rejected.getText().contains("Rejected")
                            && rejected.getText().contains("Too broad"),
                    rejected.getText());
            String revise = rejected.findElement(By.cssSelector("div.revise")).getAttribute("id");
            bob.type(By.id(revise.replaceFirst(":revise$", ":revisedTitle")), title + " in Sales");
            bob.find(By.id(revise.replaceFirst(":revise$", ":resubmit"))).click();
            bob.waitForText(By.id("messages"), "proposed again");
            assertTrue(milestoneTitled(bob, title + " in Sales").getText().contains("Proposed"));
        }
    }

    @Test
    void carol_as_observer_sees_progress_but_no_edit_controls() {
        try (Browser carol = Browser.signedInAs("carol")) {
            carol.openDemoDashboard();
            assertTrue(carol.isPresent(By.cssSelector(".progress-text")), "progress is visible");
            assertTrue(carol.find(By.id("tasks")).getText().contains("Survey both teams"));
            assertFalse(carol.isPresent(By.id("proposeMilestone")));
            assertFalse(carol.isPresent(By.id("addTask")));
            assertFalse(carol.isPresent(By.id("postUpdate")));
            assertFalse(carol.isPresent(By.id("recognize")));
            assertFalse(carol.isPresent(By.cssSelector("div.decide")));
            assertFalse(carol.isPresent(By.cssSelector(".task-form")));
            assertFalse(carol.isPresent(By.id("audit-link")));
            assertEquals(403, carol.statusOf(Browser.APP + "coalitions/audit.xhtml?id=" + coalitionId(carol)));
        }
    }

    @Test
    void bob_updates_his_own_task_in_place() {
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.openDemoDashboard();
            String note = "Week " + UUID.randomUUID().toString().substring(0, 4) + ": 4h median";
            WebElement row = bob.waitFor(By.xpath(
                    "//*[@id='tasks']//tr[td[starts-with(normalize-space(.), 'Measure response times weekly')]]"));
            String panel = row.findElement(By.cssSelector(".task-form")).getAttribute("id");
            bob.select(panel.replaceFirst(":task$", ":status"), "In progress");
            bob.type(By.id(panel.replaceFirst(":task$", ":notes")), note);
            bob.find(By.id(panel.replaceFirst(":task$", ":save"))).click();
            bob.waitForText(By.id("messages"), "Task updated.");
            String updated = bob.find(
                            By.xpath(
                                    "//*[@id='tasks']//tr[td[starts-with(normalize-space(.), 'Measure response times weekly')]]"))
                    .findElement(By.cssSelector("input[id$='notes']"))
                    .getAttribute("value");
            assertEquals(note, updated);
            assertFalse(
                    bob.find(By.id("tasks")).getText().contains("Check the policy with Legal")
                            && bob.isPresent(
                                    By.xpath(
                                            "//tr[td[starts-with(normalize-space(.), 'Check the policy with Legal')]]//*[contains(@class,'task-form')]")),
                    "erin's task has no edit controls for bob");
        }
    }

    private static long coalitionId(Browser browser) {
        return Long.parseLong(
                browser.find(By.id("nav-dashboard")).getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }
}
