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

    /**
     * The timeline is rendered once for everyone with the same view of the coalition (the shared fragment cache):
     * a decision reaches the sponsors whose timelines were rendered before it, an observer or a member never gets
     * the sponsors' inputs from it, and a decision taken on a page older than the milestone is refused with what
     * was typed kept.
     */
    @Test
    void the_shared_timeline_follows_each_decision_and_gives_each_role_only_its_own_controls() {
        String title = "Shared timeline " + UUID.randomUUID().toString().substring(0, 5);
        try (Browser bob = Browser.signedInAs("bob");
                Browser alice = Browser.signedInAs("alice");
                Browser aliceEarlier = Browser.signedInAs("alice");
                Browser carol = Browser.signedInAs("carol")) {
            String dashboard = bob.openDemoDashboard().substring(Browser.APP.length());
            bob.type(By.id("proposeMilestone:title"), title);
            bob.typeDate("proposeMilestone:dueOn", LocalDate.now().plusWeeks(4).toString());
            bob.find(By.id("proposeMilestone:propose")).click();
            bob.waitForText(By.id("messages"), "Milestone proposed");
            String milestone = milestoneTitled(bob, title).getAttribute("id");

            // two sponsor sessions see the proposal with its decide panel, the second one from the shared markup
            aliceEarlier.open(dashboard);
            aliceEarlier.waitFor(By.id(milestone + ":decide"));
            alice.open(dashboard);
            alice.waitFor(By.id(milestone + ":decide"));

            // after a sponsor's view was rendered, an observer and a member get none of the sponsors' inputs
            carol.open(dashboard);
            assertTrue(milestoneTitled(carol, title).getText().contains("Proposed"));
            assertFalse(carol.isPresent(By.cssSelector("div.decide")), "no decide panel for an observer");
            assertFalse(carol.isPresent(By.cssSelector("[form='milestoneDecisions']")));
            assertFalse(carol.isPresent(By.id("milestoneDecisions")), "no decision form for an observer");
            bob.open(dashboard);
            milestoneTitled(bob, title);
            assertFalse(bob.isPresent(By.cssSelector("div.decide")), "no decide panel for a member");
            assertFalse(bob.isPresent(By.id(milestone + ":comment")));

            // a sponsor rejects with a comment and sees it
            alice.type(By.id(milestone + ":comment"), "Split it per team first.");
            alice.find(By.id(milestone + ":reject")).click();
            alice.waitForText(By.id("messages"), "Rejected");
            String rejected = milestoneTitled(alice, title).getText();
            assertTrue(
                    rejected.contains("Rejected by Alice Adams") && rejected.contains("Split it per team first."),
                    rejected);
            assertFalse(alice.isPresent(By.id(milestone + ":decide")), "decided: nothing left to decide");

            // the observer's and the member's timelines rendered before the decision show it at their next view
            carol.open(dashboard);
            assertTrue(milestoneTitled(carol, title).getText().contains("Split it per team first."));
            assertFalse(carol.isPresent(By.cssSelector("div.revise")), "no revise panel for an observer");
            bob.open(dashboard);
            assertTrue(milestoneTitled(bob, title).getText().contains("Rejected"));
            assertFalse(bob.isPresent(By.cssSelector("div.decide")));
            // a title over the limit (past the field's maxlength, as a crafted request would) is refused and kept
            String tooLong = "T".repeat(151);
            bob.setValue(By.id(milestone + ":revisedTitle"), tooLong);
            bob.find(By.id(milestone + ":resubmit")).click();
            bob.waitForText(By.id("messages"), "at most 150 characters");
            assertEquals(tooLong, bob.find(By.id(milestone + ":revisedTitle")).getAttribute("value"));
            bob.find(By.id(milestone + ":revisedTitle")).clear();
            bob.find(By.id(milestone + ":resubmit")).click();
            bob.waitForText(By.id("messages"), "proposed again");

            // the earlier sponsor page still shows the first proposal: its decision is refused, the comment kept
            aliceEarlier.type(By.id(milestone + ":comment"), "Fine as it is.");
            aliceEarlier.find(By.id(milestone + ":approve")).click();
            aliceEarlier.waitForText(By.id("messages"), "changed by someone else");
            assertEquals(
                    "Fine as it is.",
                    aliceEarlier.find(By.id(milestone + ":comment")).getAttribute("value"),
                    "what was typed is shown again");
            assertTrue(milestoneTitled(aliceEarlier, title).getText().contains("Proposed"));
            String overLimit = "x".repeat(1001);
            aliceEarlier.setValue(By.id(milestone + ":comment"), overLimit);
            aliceEarlier.find(By.id(milestone + ":approve")).click();
            aliceEarlier.waitForText(By.id("messages"), "at most 1,000 characters");
            assertEquals(
                    overLimit, aliceEarlier.find(By.id(milestone + ":comment")).getAttribute("value"));
            aliceEarlier.type(By.id(milestone + ":comment"), "Fine as it is.");

            // the other sponsor session views the shared timeline, then the decision taken on the page as it is now
            alice.open(dashboard);
            alice.waitFor(By.id(milestone + ":decide"));
            aliceEarlier.find(By.id(milestone + ":approve")).click();
            aliceEarlier.waitForText(By.id("messages"), "Approved");
            assertTrue(milestoneTitled(aliceEarlier, title).getText().contains("Fine as it is."));
            alice.open(dashboard);
            String approved = milestoneTitled(alice, title).getText();
            assertTrue(approved.contains("Approved by Alice Adams") && approved.contains("Fine as it is."), approved);
            assertFalse(alice.isPresent(By.id(milestone + ":decide")), "the other session sees it decided");
        }
    }

    /**
     * The sponsor page's awaiting decisions are plain inputs of one form, as on the timeline: a sponsor decides there
     * with a comment and sees it decided; a decision taken on a page older than the milestone is refused with what
     * was typed kept, and so is a comment over the limit.
     */
    @Test
    void a_sponsor_decides_on_her_sponsor_page_and_a_refused_decision_keeps_her_comment() {
        String title = "Sponsor page " + UUID.randomUUID().toString().substring(0, 5);
        try (Browser bob = Browser.signedInAs("bob");
                Browser alice = Browser.signedInAs("alice");
                Browser aliceEarlier = Browser.signedInAs("alice")) {
            String dashboard = bob.openDemoDashboard().substring(Browser.APP.length());
            bob.type(By.id("proposeMilestone:title"), title);
            // due soon: the sponsor page shows the soonest due decisions only
            bob.typeDate("proposeMilestone:dueOn", LocalDate.now().plusDays(2).toString());
            bob.find(By.id("proposeMilestone:propose")).click();
            bob.waitForText(By.id("messages"), "Milestone proposed");
            String milestone = milestoneTitled(bob, title).getAttribute("id");

            aliceEarlier.open("sponsor.xhtml");
            aliceEarlier.waitFor(By.id(milestone + ":decide"));
            alice.open("sponsor.xhtml");
            // styled as the page's other buttons (they were the browser's grey default): primary and secondary
            assertEquals(
                    "rgba(21, 101, 192, 1)",
                    alice.waitFor(By.id(milestone + ":approve")).getCssValue("background-color"));
            assertEquals(
                    "rgba(69, 90, 100, 1)",
                    alice.find(By.id(milestone + ":reject")).getCssValue("background-color"));
            alice.type(By.id(milestone + ":comment"), "Split it per team first.");
            alice.find(By.id(milestone + ":reject")).click();
            alice.waitForText(By.id("messages"), "Rejected \u201c" + title + "\u201d in Flexible work hours.");
            assertFalse(alice.isPresent(By.id(milestone + ":decide")), "decided: it no longer awaits her");
            assertFalse(alice.find(By.id("awaiting")).getText().contains(title));

            // proposed again: the earlier sponsor page shows an older version of it
            bob.open(dashboard);
            bob.find(By.id(milestone + ":resubmit")).click();
            bob.waitForText(By.id("messages"), "proposed again");

            aliceEarlier.type(By.id(milestone + ":comment"), "Fine as it is.");
            aliceEarlier.find(By.id(milestone + ":approve")).click();
            aliceEarlier.waitForText(By.id("messages"), "changed by someone else");
            assertEquals(
                    "Fine as it is.",
                    aliceEarlier.find(By.id(milestone + ":comment")).getAttribute("value"),
                    "what was typed is shown again");
            String overLimit = "x".repeat(1001);
            aliceEarlier.setValue(By.id(milestone + ":comment"), overLimit);
            aliceEarlier.find(By.id(milestone + ":approve")).click();
            aliceEarlier.waitForText(By.id("messages"), "at most 1,000 characters");
            assertEquals(
                    overLimit, aliceEarlier.find(By.id(milestone + ":comment")).getAttribute("value"));

            // the page reloaded with the refusal: its decision is now taken on the milestone as it is
            aliceEarlier.type(By.id(milestone + ":comment"), "Fine as it is.");
            aliceEarlier.find(By.id(milestone + ":approve")).click();
            aliceEarlier.waitForText(By.id("messages"), "Approved \u201c" + title + "\u201d in Flexible work hours.");
            assertFalse(aliceEarlier.isPresent(By.id(milestone + ":decide")), "decided: it no longer awaits her");
            alice.open(dashboard);
            String approved = milestoneTitled(alice, title).getText();
            assertTrue(approved.contains("Approved by Alice Adams") && approved.contains("Fine as it is."), approved);
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
