package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The coverage check end to end, in a coalition of its own (no lock needed): bob's coalition has one stakeholder, a
 * neutral Finance director; the coverage page names the hole "no one from Finance at director level or above supports
 * us" (in German too) and suggests her; once she turns supporter the Finance row is covered and the hole is gone; tagging
 * her with leadership from the suggestion and bob with expertise from the form fills those two holes. The CSV and the
 * REST API show the same; an outsider is refused.
 */
class CoverageIT {

    private static final String FINANCE_HOLE = "No one from Finance at Director level or above supports us.";

    @Test
    void a_coverage_hole_is_named_with_whom_could_fill_it_and_filled_when_she_turns_supporter_and_is_tagged() {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        long coalition = ApiIT.call(
                        "POST",
                        "bob",
                        "coalitions",
                        Map.of(
                                "name",
                                "Coverage " + tag,
                                "objective",
                                "Win the departments the change touches",
                                "targetDate",
                                LocalDate.now().plusMonths(3).toString()))
                .expect(201)
                .id();
        String fiona = "Fiona Cover " + tag;
        Map<String, Object> input = new HashMap<>(Map.of(
                "name",
                fiona,
                "level",
                "DIRECTOR",
                "department",
                "Finance",
                "influence",
                5,
                "interest",
                4,
                "stance",
                "NEUTRAL"));
        var added = ApiIT.call("POST", "bob", "coalitions/" + coalition + "/stakeholders", input)
                .expect(201);

        try (Browser german = Browser.signedInAs("bob", "de")) {
            german.open("coalitions/coverage.xhtml?id=" + coalition);
            String holes = german.waitFor(By.id("coverage-holes")).getText();
            assertTrue(
                    holes.contains("Niemand aus Finance auf der Ebene Direktion oder darüber unterstützt uns."), holes);
            assertTrue(holes.contains("Kein Unterstützer bringt Führung ein."), holes);
        }

        try (Browser bob = Browser.signedInAs("bob")) {
            bob.open("coalitions/coverage.xhtml?id=" + coalition);
            String scope = bob.waitFor(By.id("coverage-scope")).getText();
            assertTrue(scope.contains("every department of the stakeholders counts"), scope);
            var financeHole = bob.find(By.cssSelector("#coverage-holes li.hole-LEVEL"));
            assertTrue(financeHole.getText().contains(FINANCE_HOLE), financeHole.getText());
            assertTrue(financeHole.getText().contains(fiona), "she could fill it: " + financeHole.getText());
            assertTrue(bob.isPresent(By.cssSelector("#coverage-grid tr.coverage-row.hole[data-department='Finance']")));

            // she turns supporter (with the reason the register asks for)
            input.put("stance", "SUPPORTER");
            input.put("stanceReason", "The pilot answered her budget worry.");
            ApiIT.call("PUT", "bob", added.header("Location"), input, "If-Match", added.header("ETag"))
                    .expect(200);

            bob.open("coalitions/coverage.xhtml?id=" + coalition);
            bob.waitFor(By.id("coverage-holes"));
            assertTrue(
                    bob.isPresent(By.cssSelector("#coverage-grid tr.coverage-row.covered[data-department='Finance']")),
                    "a supporter at director level covers Finance");
            assertFalse(bob.find(By.id("coverage-holes")).getText().contains(FINANCE_HOLE), "the hole is filled");

            // leadership: nobody brings it; she is suggested first (a supporter: a tag is all it takes)
            var leadership = bob.find(By.cssSelector("#coverage-holes li[data-hole='Q:LEADERSHIP']"));
            assertTrue(leadership.getText().startsWith("No supporter brings Leadership."), leadership.getText());
            leadership.findElement(By.cssSelector(".tag-suggestion")).click();
            bob.waitForText(By.id("messages"), "Tagged.");
            assertFalse(
                    bob.isPresent(By.cssSelector("#coverage-holes li[data-hole='Q:LEADERSHIP']")),
                    "leadership is brought now");
            String tags = bob.find(By.id("tagList:tag-table")).getText();
            assertTrue(tags.contains(fiona) && tags.contains("Leadership"), tags);

            // bob brings expertise himself
            bob.select("tagForm:who", "Bob Baker (member)");
            bob.select("tagForm:quality", "Expertise");
            bob.find(By.id("tagForm:tag")).click();
            bob.waitForText(By.id("messages"), "Tagged.");
            assertFalse(bob.isPresent(By.cssSelector("#coverage-holes li[data-hole='Q:EXPERTISE']")));
            assertTrue(bob.find(By.id("coverage-carried")).getText().contains("Expertise: yes"));

            var csv = bob.get(bob.find(By.id("export-coverage")).getAttribute("href"));
            assertEquals(200, csv.statusCode());
            String body = csv.body().replace("\uFEFF", "");
            assertTrue(
                    body.startsWith(
                            "Department,Support needed from,Level,Supporters,Position power,Expertise,Credibility,Leadership,"
                                    + "Department covered"),
                    body);
            assertTrue(body.contains("Finance,Director,Director,1,0,0,0,1,yes"), body);
        }

        var api = ApiIT.get("bob", "coalitions/" + coalition + "/coverage")
                .expect(200)
                .json();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> holes = (List<Map<String, Object>>) api.get("holes");
        assertEquals(
                List.of("Q:POSITION_POWER", "Q:CREDIBILITY"),
                holes.stream().map(h -> h.get("id")).toList());
        ApiIT.get("erin", "coalitions/" + coalition + "/coverage").expectProblem(403, "Not allowed");
    }
}
