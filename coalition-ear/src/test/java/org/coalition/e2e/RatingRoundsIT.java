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
import org.openqa.selenium.support.ui.Select;

/**
 * A blind rating round end to end, in a coalition of its own: bob proposes it, dana makes carol a member and alice its
 * sponsor, bob opens a round on two stakeholders. Each of the three rates in their own browser without seeing the
 * others' ratings (the page, the API and the export hide them); alice's rating completes the round, which closes by
 * itself; then the spread flags the stakeholder the three disagree on, and the ratings show with their raters.
 */
class RatingRoundsIT {

    private static void rate(Browser who, long stakeholder, String stance) {
        new Select(who.find(By.cssSelector("tr[data-stakeholder='" + stakeholder + "'] select.rate-stance")))
                .selectByVisibleText(stance);
    }

    @Test
    void three_members_rate_blind_the_round_closes_when_all_rated_and_the_spread_flags_a_stakeholder() {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        String name = "Blind ratings " + tag;
        long coalition = ApiIT.call(
                        "POST",
                        "bob",
                        "coalitions",
                        Map.of(
                                "name",
                                name,
                                "objective",
                                "Know where people stand before we count on them",
                                "targetDate",
                                LocalDate.now().plusMonths(3).toString()))
                .expect(201)
                .id();
        String cfo = "Clara Rated " + tag;
        String director = "Dora Rated " + tag;
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
                                "SUPPORTER"))
                .expect(201)
                .id();
        long dora = ApiIT.call(
                        "POST",
                        "bob",
                        "coalitions/" + coalition + "/stakeholders",
                        Map.of(
                                "name",
                                director,
                                "level",
                                "MANAGER",
                                "department",
                                "Sales",
                                "influence",
                                3,
                                "interest",
                                4,
                                "stance",
                                "NEUTRAL"))
                .expect(201)
                .id();

        try (Browser dana = Browser.signedInAs("dana")) {
            dana.find(By.id("nav-access")).click();
            dana.select("coalition", name + " (Engineering)");
            dana.waitForText(By.id("access-coalition"), name);
            for (String[] grant : List.of(
                    new String[] {"Carol Chen (Sales)", "Member"},
                    new String[] {"Alice Adams (Operations, executive)", "Sponsor"})) {
                dana.select("grant:person", grant[0]);
                dana.select("grant:role", grant[1]);
                dana.find(By.id("grant:save")).click();
                dana.waitForText(By.id("messages"), "Role granted.");
            }
        }

        String roundPage;
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.open("coalitions/coalition.xhtml?id=" + coalition);
            bob.find(By.id("nav-ratings")).click();
            bob.waitFor(By.id("openRound:open"));
            bob.tick(cfo + " (influence 5, recorded: Supporter)");
            bob.tick(director + " (influence 3, recorded: Neutral)");
            bob.find(By.id("openRound:open")).click();
            bob.waitForText(By.id("messages"), "Rating round opened.");
            roundPage = bob.currentUrl().substring(Browser.APP.length());
            assertTrue(
                    bob.find(By.id("round-blind")).getText().startsWith("Ratings stay hidden until the round closes"));

            rate(bob, clara, "Supporter");
            rate(bob, dora, "Neutral");
            bob.find(By.id("sheet:rate")).click();
            bob.waitForText(
                    By.id("messages"), "Your ratings are saved. The others’ stay hidden until the round closes.");
            assertEquals(
                    "1 of 3 members have rated (2 of 6 ratings).",
                    bob.find(By.id("round-progress")).getText());
            assertTrue(bob.isPresent(By.id("rated-all")));
        }

        long round = Long.parseLong(roundPage.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        try (Browser carol = Browser.signedInAs("carol")) {
            carol.open(roundPage);
            carol.waitFor(By.id("round-lines"));
            String blind = carol.pageText();
            assertFalse(blind.contains("Bob Baker: "), "no rater's name before the close");
            assertFalse(carol.isPresent(By.cssSelector(".line-spread")), "no spread before the close");
            assertEquals(
                    "1 of 3 members have rated (2 of 6 ratings).",
                    carol.find(By.id("round-progress")).getText());
            rate(carol, clara, "Skeptic");
            rate(carol, dora, "Neutral");
            carol.find(By.id("sheet:rate")).click();
            carol.waitForText(By.id("messages"), "Your ratings are saved.");
            assertFalse(carol.isPresent(By.cssSelector(".line-flag")), "still blind for carol");
        }

        // the API and the export are as blind as the page
        Map<String, Object> open =
                ApiIT.get("bob", "rating-rounds/" + round).expect(200).json();
        assertEquals(Boolean.TRUE, open.get("open"));
        assertEquals(2L, ((Number) open.get("ratersRated")).longValue());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) open.get("stakeholders");
        assertTrue(
                lines.stream().allMatch(l -> ((List<?>) l.get("ratings")).isEmpty() && l.get("outcome") == null),
                lines.toString());
        var hidden = ApiIT.get("bob", "rating-rounds/" + round + "/ratings").expect(422);
        assertEquals(
                "urn:coalition:problem:ratings-hidden-until-close",
                hidden.json().get("type"));

        try (Browser alice = Browser.signedInAs("alice")) {
            alice.open(roundPage);
            alice.waitFor(By.id("round-lines"));
            assertFalse(alice.pageText().contains("Carol Chen: "), "alice sees nothing of carol's rating");
            rate(alice, clara, "Supporter");
            rate(alice, dora, "Neutral");
            alice.find(By.id("sheet:rate")).click();
            alice.waitForText(By.id("messages"), "Everyone has rated: the round is closed.");
            assertEquals(
                    "Closed: everyone rated", alice.find(By.id("round-status")).getText());

            String flagged = alice.find(By.cssSelector("tr.round-line[data-stakeholder='" + clara + "']"))
                    .getText();
            assertTrue(flagged.contains("Assumed") && flagged.contains("The members disagree."), flagged);
            assertTrue(flagged.contains("Skeptic to Supporter (2 steps)"), flagged);
            assertTrue(flagged.contains("Hold a one-on-one with them."), flagged);
            assertTrue(
                    flagged.contains("Carol Chen: Skeptic") && flagged.contains("Bob Baker: Supporter"),
                    "attributable: " + flagged);
            String agreed = alice.find(By.cssSelector("tr.round-line[data-stakeholder='" + dora + "']"))
                    .getText();
            assertTrue(agreed.contains("Agreed with the register"), agreed);

            alice.find(By.id("all-rounds")).click();
            String listed =
                    alice.waitFor(By.cssSelector("#rounds tr.rating-round")).getText();
            assertTrue(listed.contains("1 of 2 flagged as assumed"), listed);
            var csv = alice.get(alice.find(By.id("export-ratings")).getAttribute("href"));
            assertEquals(200, csv.statusCode());
            assertTrue(
                    csv.body()
                            .replace("\uFEFF", "")
                            .startsWith("Round,Closed on,Stakeholder,Recorded stance,Ratings,Lowest,Highest,"
                                    + "Spread,Median,Flagged,Rater,Rating,Rated at"),
                    csv.body());
            assertTrue(
                    csv.body().contains(cfo + ",Supporter,3,Skeptic,Supporter,2,Supporter,yes,Carol Chen,Skeptic,"),
                    csv.body());
        }

        Map<String, Object> closed =
                ApiIT.get("bob", "rating-rounds/" + round).expect(200).json();
        assertEquals(Boolean.FALSE, closed.get("open"));
        assertEquals(1L, ((Number) closed.get("flagged")).longValue());
        var attributed = ApiIT.get("bob", "rating-rounds/" + round + "/ratings").expect(200);
        assertTrue(attributed.body().contains("\"rater\":\"carol\""), attributed.body());
    }
}
