package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The commitments register end to end, in a coalition of its own (no lock needed): bob logs a one-on-one held ten
 * days ago with a high-influence stakeholder, records the promise he made there, due five days ago, sees it overdue
 * with a kept ratio of 0 %, sees the health advisor name the stakeholder under skipped trust-building and the reminder
 * job (sent now by dana, an administrator) remind him on the coalition's feed, downloads the
 * CSV and reads the register through the API; marked kept, the finding is gone and the ratio is 100 %.
 */
class CommitmentsIT {

    @Test
    void a_promise_from_a_one_on_one_goes_overdue_the_health_advisor_picks_it_up_and_keeping_it_clears_it() {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        long coalition = ApiIT.call(
                        "POST",
                        "bob",
                        "coalitions",
                        Map.of(
                                "name",
                                "Promises " + tag,
                                "objective",
                                "Keep our word to the people we need",
                                "targetDate",
                                LocalDate.now().plusMonths(3).toString()))
                .expect(201)
                .id();
        String cfo = "Clara Promise " + tag;
        long clara = ApiIT.call(
                        "POST",
                        "bob",
                        "coalitions/" + coalition + "/stakeholders",
                        Map.of(
                                "name",
                                cfo,
                                "level",
                                "DIRECTOR",
                                "department",
                                "Finance",
                                "influence",
                                5,
                                "interest",
                                4,
                                "stance",
                                "NEUTRAL"))
                .expect(201)
                .id();
        String what = "Send the survey results " + tag;

        try (Browser bob = Browser.signedInAs("bob")) {
            bob.open("coalitions/stakeholder.xhtml?id=" + clara);
            bob.waitFor(By.id("commitments"));
            assertTrue(bob.isPresent(By.id("no-commitments")));
            bob.typeDate("conversation:heldOn", LocalDate.now().minusDays(10).toString());
            bob.type(By.id("conversation:notes"), "Worried about the budget; wants the survey numbers.");
            bob.find(By.id("conversation:log")).click();
            bob.waitFor(By.id("commitmentForm:conversation"));

            bob.type(By.id("commitmentForm:what"), what);
            bob.typeDate("commitmentForm:dueOn", LocalDate.now().minusDays(5).toString());
            bob.select("commitmentForm:conversation", LocalDate.now().minusDays(10) + " with Bob Baker");
            bob.find(By.id("commitmentForm:record-commitment")).click();
            bob.waitForText(By.id("messages"), "Promise recorded.");
            String row =
                    bob.find(By.cssSelector("#commitment-rows tr.commitment")).getText();
            assertTrue(row.contains("Overdue") && row.contains(what) && row.contains("Bob Baker"), row);
            assertTrue(
                    row.contains(
                            "promised in the one-on-one of " + LocalDate.now().minusDays(10)),
                    row);
            assertTrue(
                    bob.find(By.id("commitments-ratio")).getText().startsWith("Kept ratio: 0 %"),
                    bob.find(By.id("commitments-ratio")).getText());

            bob.open("coalitions/dashboard.xhtml?id=" + coalition);
            String finding = bob.waitFor(By.cssSelector("#findings li.finding-SKIPPED_TRUST"))
                    .getText();
            assertTrue(
                    finding.contains("1 high-influence stakeholder(s) hold a promise of ours that is overdue"),
                    finding);
            assertTrue(finding.contains(cfo), "the stakeholder let down is named: " + finding);

            // the reminder job, sent now by an administrator as every morning: to whoever promised, on the coalition's
            // feed, which observers read too, so it names to whom and since when, not what was promised
            try (Browser dana = Browser.signedInAs("dana")) {
                dana.open("admin/access.xhtml");
                dana.find(By.id("remindersForm:send-reminders")).click();
                dana.waitForText(By.id("messages"), "reminder(s) sent.");
            }
            bob.open("coalitions/dashboard.xhtml?id=" + coalition);
            String feed = bob.waitFor(By.id("feed")).getText();
            assertTrue(feed.contains("A promise of yours is due: to " + cfo + " (overdue since "), feed);
            assertFalse(feed.contains(what), "the feed does not say what was promised: " + feed);

            bob.find(By.id("nav-commitments")).click();
            bob.waitFor(By.id("kept-ratio"));
            assertTrue(bob.find(By.id("register:commitment-table")).getText().contains(what));
            var csv = bob.get(bob.find(By.id("export-commitments")).getAttribute("href"));
            assertEquals(200, csv.statusCode());
            assertTrue(
                    csv.body()
                            .replace("\uFEFF", "")
                            .startsWith("Status,Promised by,Promised to,Stakeholder or member,What,"),
                    csv.body());
            assertTrue(csv.body().contains("Overdue,Bob Baker," + cfo + ",stakeholder," + what), csv.body());

            var page =
                    ApiIT.get("bob", "coalitions/" + coalition + "/commitments").expect(200);
            List<Map<String, Object>> items = page.items();
            assertEquals(1, items.size());
            assertEquals("OVERDUE", items.get(0).get("status"));
            assertEquals(what, items.get(0).get("what"));
            ApiIT.get("erin", "coalitions/" + coalition + "/commitments").expectProblem(403, "Not allowed");

            bob.find(By.cssSelector("#register input.commitment-kept, #register button.commitment-kept"))
                    .click();
            bob.waitForText(By.id("messages"), "Marked as kept.");
            assertTrue(
                    bob.find(By.id("kept-ratio")).getText().startsWith("Kept ratio: 100 %"),
                    bob.find(By.id("kept-ratio")).getText());
            bob.open("coalitions/dashboard.xhtml?id=" + coalition);
            bob.waitFor(By.id("findings"));
            assertFalse(bob.pageText().contains("hold a promise of ours"), "kept: no withdrawal any more");
            assertEquals(
                    100L,
                    ((Number) ApiIT.get("bob", "coalitions/" + coalition + "/commitments/kept-ratio")
                                    .expect(200)
                                    .json()
                                    .get("percent"))
                            .longValue());
        }
    }

    /** A promise among members, on the coalition's commitments page: bob promises alice, his sponsor, the survey results. */
    @Test
    @org.junit.jupiter.api.parallel.ResourceLock(SharedState.DEMO_COALITION)
    void a_member_records_a_promise_to_another_member_on_the_commitments_page() {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        String what = "Send Alice the survey results " + tag;
        long demo = ApiIT.demoCoalition();
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.open("coalitions/commitments.xhtml?id=" + demo);
            bob.waitFor(By.id("memberPromise"));
            // to himself: refused, nothing recorded
            bob.pick("memberPromise:toMember", "Bob", "Bob Baker");
            bob.type(By.id("memberPromise:what"), what);
            bob.typeDate("memberPromise:dueOn", LocalDate.now().plusDays(7).toString());
            bob.find(By.id("memberPromise:record-to-member")).click();
            bob.waitForText(By.id("messages"), "Nobody makes a promise to themselves: choose someone else.");
            assertFalse(bob.find(By.id("register:commitment-table")).getText().contains(what));

            bob.pick("memberPromise:toMember", "Ali", "Alice Adams");
            bob.find(By.id("memberPromise:record-to-member")).click();
            bob.waitForText(By.id("messages"), "Promise recorded.");
            String row = bob.find(By.xpath(
                            "//tbody[@id='register:commitment-table_data']/tr[contains(., " + "'" + what + "')]"))
                    .getText();
            assertTrue(
                    row.contains("Alice Adams")
                            && row.contains("Bob Baker")
                            && row.contains("Open")
                            && row.contains(LocalDate.now().plusDays(7).toString()),
                    row);
            assertTrue(
                    bob.find(By.id("memberPromise:what")).getAttribute("value").isEmpty(), "the form is empty again");
        }
        var promise = ApiIT.get("bob", "coalitions/" + demo + "/commitments?size=100").expect(200).items().stream()
                .filter(item -> what.equals(item.get("what")))
                .findFirst()
                .orElseThrow();
        assertEquals("bob", promise.get("promisedBy"));
        assertEquals("Alice Adams", promise.get("toName"));
        assertEquals(null, promise.get("toStakeholderId"), "a promise to a member");
        try (Browser carol = Browser.signedInAs("carol")) {
            carol.open("coalitions/commitments.xhtml?id=" + demo);
            carol.waitFor(By.id("kept-ratio"));
            assertFalse(carol.isPresent(By.id("memberPromise")), "observers record no promise");
        }
    }
}
