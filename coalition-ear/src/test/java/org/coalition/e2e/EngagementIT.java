package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Current vs desired engagement end to end, in a coalition of its own (no lock needed): bob rates three stakeholders in
 * the engagement matrix and sees the ranked gaps (gap × influence), the C and D marks, the history, the levels on the
 * stakeholder page, the register's CSV columns and the API's ranked list; an outsider is refused; the page in German.
 */
class EngagementIT {

    @Test
    void a_member_rates_current_and_desired_engagement_and_sees_the_ranked_gaps_and_the_matrix() {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        long coalition = ApiIT.call(
                        "POST",
                        "bob",
                        "coalitions",
                        Map.of(
                                "name",
                                "Engagement " + tag,
                                "objective",
                                "Bring the people we need along",
                                "targetDate",
                                LocalDate.now().plusMonths(3).toString()))
                .expect(201)
                .id();
        String dora = "Dora Engaged " + tag;
        String mia = "Mia Engaged " + tag;
        String carl = "Carl Engaged " + tag;
        long doraId = stakeholder(coalition, dora, 5);
        stakeholder(coalition, mia, 3);
        stakeholder(coalition, carl, 1);

        try (Browser bob = Browser.signedInAs("bob")) {
            bob.open("coalitions/engagement.xhtml?id=" + coalition);
            bob.waitFor(By.id("matrix"));
            assertTrue(bob.pageText().contains("No gap recorded"), "nothing rated yet");
            rate(bob, dora, "Resistant", "Supportive"); // 2 steps × influence 5 = 10
            rate(bob, mia, "Neutral", "Supportive"); // 1 × 3 = 3
            rate(bob, carl, "Unaware", "Leading"); // 4 × 1 = 4

            List<String> ranked =
                    bob
                            .find(By.id("gaps:gap-table"))
                            .findElements(By.cssSelector("tr.engagement-gap a.gap-name"))
                            .stream()
                            .map(WebElement::getText)
                            .toList();
            assertEquals(List.of(dora, carl, mia), ranked, "the widest gap among the most influential first");
            assertEquals(
                    List.of("10", "4", "3"),
                    bob.find(By.id("gaps:gap-table")).findElements(By.cssSelector(".gap-weight")).stream()
                            .map(WebElement::getText)
                            .toList());

            WebElement doraRow = row(bob, dora);
            assertEquals(
                    "C", doraRow.findElement(By.cssSelector(".mark-RESISTANT")).getText());
            assertEquals(
                    "D", doraRow.findElement(By.cssSelector(".mark-SUPPORTIVE")).getText());
            assertEquals(
                    "", doraRow.findElement(By.cssSelector(".mark-NEUTRAL")).getText());
            assertEquals(
                    3,
                    bob.find(By.id("history:history-table"))
                            .findElements(By.cssSelector("tr.engagement-change"))
                            .size());

            bob.open("coalitions/stakeholder.xhtml?id=" + doraId);
            assertTrue(
                    bob.waitFor(By.id("engagement"))
                            .getText()
                            .startsWith("Engagement: Resistant now, needed Supportive"),
                    bob.find(By.id("engagement")).getText());

            var csv = bob.get(Browser.APP + "export/stakeholders.csv?coalition=" + coalition);
            assertEquals(200, csv.statusCode());
            String header = csv.body().replace("\uFEFF", "").lines().findFirst().orElseThrow();
            assertTrue(header.endsWith("Engagement now,Engagement needed,Engagement gap"), header);
            assertTrue(
                    csv.body().lines().anyMatch(l -> l.startsWith(dora + ",") && l.endsWith("Resistant,Supportive,2")),
                    csv.body());
        }

        List<Map<String, Object>> gaps = ApiIT.get("bob", "coalitions/" + coalition + "/engagement/gaps")
                .expect(200)
                .items();
        assertEquals(
                List.of(dora, carl, mia), gaps.stream().map(g -> g.get("name")).toList());
        assertEquals("RESISTANT", gaps.get(0).get("current"));
        assertEquals(
                "SUPPORTIVE",
                ApiIT.get("bob", "stakeholders/" + doraId + "/engagement")
                        .expect(200)
                        .json()
                        .get("desired"));
        ApiIT.get("erin", "coalitions/" + coalition + "/engagement/gaps").expectProblem(403, "Not allowed");

        try (Browser erin = Browser.signedInAs("erin")) {
            assertEquals(403, erin.statusOf(Browser.APP + "coalitions/engagement.xhtml?id=" + coalition));
        }
        try (Browser bob = Browser.signedInAs("bob", "de")) {
            bob.open("coalitions/engagement.xhtml?id=" + coalition);
            assertEquals("Engagement-Bewertung", bob.waitFor(By.tagName("h1")).getText());
            String gapsTable = bob.find(By.id("gaps:gap-table")).getText();
            assertTrue(gapsTable.contains("Ablehnend") && gapsTable.contains("Unterstützend"), gapsTable);
        }
    }

    private static long stakeholder(long coalition, String name, int influence) {
        return ApiIT.call(
                        "POST",
                        "bob",
                        "coalitions/" + coalition + "/stakeholders",
                        Map.of(
                                "name",
                                name,
                                "level",
                                "DIRECTOR",
                                "department",
                                "Finance",
                                "influence",
                                influence,
                                "interest",
                                3,
                                "stance",
                                "NEUTRAL"))
                .expect(201)
                .id();
    }

    private static WebElement row(Browser browser, String name) {
        return browser.find(By.xpath(
                "//tr[contains(@class,'engagement-row')][.//a[contains(@class,'matrix-name') and normalize-space(.)='"
                        + name + "']]"));
    }

    /** Chooses both levels in the stakeholder's row of the matrix and saves that row. */
    private static void rate(Browser browser, String name, String current, String desired) {
        String currentId = row(browser, name)
                .findElement(By.cssSelector("select[id$=':current']"))
                .getAttribute("id");
        browser.select(currentId, current);
        browser.select(currentId.replaceFirst(":current$", ":desired"), desired);
        browser.find(By.id(currentId.replaceFirst(":current$", ":save"))).click();
        browser.waitForText(By.id("messages"), "Engagement of " + name + " saved.");
    }
}
