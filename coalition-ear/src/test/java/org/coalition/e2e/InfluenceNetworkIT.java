package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Who has whose ear, end to end, in the demo coalition: bob records three links and marks a decision maker, sees
 * the path to her and his reach, names her as a milestone's approver and sees "would not pass today" turn into
 * "would pass" after a one-on-one; filters the drawing and the table and finds a person; carol, an observer, sees
 * the links but never their notes.
 */
@ResourceLock(SharedState.DEMO_COALITION)
class InfluenceNetworkIT {

    @org.junit.jupiter.api.BeforeAll
    static void loadAxe() throws IOException {
        AccessibilityIT.loadAxe();
    }

    private static long idFrom(String url) {
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private static long addStakeholder(Browser bob, String name) {
        bob.find(By.id("nav-stakeholders")).click();
        bob.waitFor(By.id("add-stakeholder")).click();
        bob.type(By.id("stakeholder:name"), name);
        bob.type(By.id("stakeholder:department"), "Finance");
        bob.type(By.id("stakeholder:influence"), "4");
        bob.type(By.id("stakeholder:interest"), "4");
        bob.select("stakeholder:stance", "Skeptic");
        bob.find(By.id("stakeholder:save")).click();
        bob.waitForText(By.id("stakeholder-name"), name);
        return idFrom(bob.currentUrl());
    }

    private static void link(Browser bob, boolean in, String other, String strength, String note) {
        bob.find(By.cssSelector("label[for='influenceForm:direction:" + (in ? 0 : 1) + "']"))
                .click();
        bob.pick("influenceForm:other", other.split(" ")[0], other);
        bob.select("influenceForm:strength", strength);
        if (note != null) {
            bob.type(By.id("influenceForm:note"), note);
        }
        bob.find(By.id("influenceForm:record-link")).click();
        bob.waitForText(By.id("messages"), "Influence link recorded.");
    }

    @Test
    void a_member_records_links_marks_a_decision_maker_and_sees_the_path_and_an_observer_sees_no_notes()
            throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        String analyst = "Ann Analyst " + tag;
        String engineer = "Ben Engineer " + tag;
        String cfo = "Cleo Finance " + tag;
        String note = "Lunch every Friday " + tag;
        long analystId;
        long cfoId;
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.waitFor(By.linkText("Flexible work hours")).click();
            bob.waitFor(By.id("nav-stakeholders"));
            analystId = addStakeholder(bob, analyst);
            addStakeholder(bob, engineer);
            cfoId = addStakeholder(bob, cfo);

            // on the analyst's page: bob has her ear, she has the CFO's; the engineer has the CFO's too
            bob.open("coalitions/stakeholder.xhtml?id=" + analystId);
            link(bob, true, "Bob Baker", "3 · listened to most", note);
            link(bob, false, cfo, "2 · listened to", null);
            bob.open("coalitions/stakeholder.xhtml?id=" + cfoId);
            link(bob, true, engineer, "1 · an occasional word", null);
            assertEquals(
                    2,
                    bob.find(By.id("influence-links"))
                            .findElements(By.cssSelector("tr.influence-link"))
                            .size());

            bob.select("decisionForm:role", "Approver");
            bob.find(By.id("decisionForm:save-role")).click();
            bob.waitForText(By.id("decision-role"), "Approver");

            bob.find(By.id("see-network")).click();
            bob.waitFor(By.id("influence-graph"));
            String paths = bob.find(By.id("chosen-paths")).getText();
            assertTrue(paths.contains("Bob Baker → " + analyst + " → " + cfo), paths);
            assertTrue(paths.contains("strength 2, 2 links"), paths);
            String deciders = bob.find(By.id("decision-makers")).getText();
            assertTrue(deciders.contains(cfo) && deciders.contains("Approver"), deciders);
            assertTrue(
                    deciders.contains("Ask " + analyst + ", who has " + cfo + "'s ear."),
                    "the skeptic's advice: " + deciders);
            WebElement bobsReach = bob.find(
                    By.xpath("//table[@id='member-reach']//tr[td[contains(., 'Bob Baker')]]/td[@class='reach']"));
            assertEquals("1", bobsReach.getText(), "the CFO is two links from bob");
            assertTrue(bob.find(By.id("linkList:links")).getText().contains(note), "members read the notes");
            assertTrue(bob.isPresent(By.id("node-s" + cfoId)), "the CFO is in the graph");
            List<String> violations = AccessibilityIT.seriousViolations(bob);
            assertTrue(violations.isEmpty(), String.join("\n", violations));

            // filters: the Finance skeptics keep the three and their links; a stance none of them holds leaves them out
            long coalitionId = idFrom(bob.currentUrl());
            bob.select("filter-department", "Finance");
            bob.select("filter-stance", "Skeptic");
            bob.find(By.id("apply-filters")).click();
            bob.waitFor(By.id("filter-summary"));
            bob.waitFor(By.id("links-filtered")); // after the drawing: the page is read that far
            assertTrue(bob.isPresent(By.id("node-s" + cfoId)));
            String filtered = bob.find(By.id("linkList:links")).getText();
            assertTrue(filtered.contains(analyst) && filtered.contains(cfo) && filtered.contains(engineer), filtered);
            bob.open("coalitions/network.xhtml?id=" + coalitionId + "&department=Finance&stance=CHAMPION");
            bob.waitFor(By.id("filter-summary"));
            assertFalse(bob.isPresent(By.id("node-s" + cfoId)), "the CFO is a skeptic");
            assertFalse(bob.find(By.id("linkList:links")).getText().contains(analyst), "the table follows the filters");
            assertTrue(bob.isPresent(By.cssSelector("rect")), "members stay");

            // search: the one person found is highlighted and chosen
            bob.open("coalitions/network.xhtml?id=" + coalitionId);
            bob.waitFor(By.id("influence-graph"));
            bob.type(By.id("network-search"), cfo.toLowerCase(java.util.Locale.ROOT));
            bob.find(By.id("apply-filters")).click();
            bob.waitForText(By.id("search-result"), "1 found");
            assertEquals(
                    cfo, bob.waitFor(By.id("chosen-name")).getText(), "after the drawing: the page is read that far");
            String nodeClass = bob.find(By.id("node-s" + cfoId)).getAttribute("class");
            assertTrue(nodeClass.contains("found") && nodeClass.contains("chosen"), nodeClass);

            // the path to yes: a milestone needs the CFO's approval; her stance is only assumed
            String milestone = "Finance pilot " + tag;
            bob.find(By.id("nav-dashboard")).click();
            bob.type(By.id("proposeMilestone:title"), milestone);
            bob.typeDate(
                    "proposeMilestone:dueOn",
                    java.time.LocalDate.now().plusWeeks(3).toString());
            bob.find(By.id("proposeMilestone:propose")).click();
            bob.waitForText(By.id("messages"), "Milestone proposed");
            bob.find(By.id("nav-network")).click();
            bob.waitFor(By.xpath("//div[contains(@class,'decision')][h3[contains(., '" + milestone
                            + "')]]//a[contains(@class,'change-deciders')]"))
                    .click();
            WebElement form = bob.waitFor(By.xpath("//fieldset[legend[text()='" + milestone + "']]"));
            form.findElement(By.xpath(".//label[starts-with(normalize-space(.), '" + cfo + "')]"))
                    .click();
            form.findElement(By.cssSelector("input.save-deciders")).click();
            bob.waitForText(By.id("messages"), "Saved who decides.");
            By verdict = By.xpath("//div[contains(@class,'decision')][h3[contains(., '" + milestone
                    + "')]]//p[contains(@class,'verdict')]");
            assertEquals(
                    "Would not pass today: " + cfo + " is unverified.",
                    bob.find(verdict).getText());
            assertTrue(bob.find(By.xpath("//div[contains(@class,'decision')][h3[contains(., '" + milestone + "')]]"))
                    .getText()
                    .contains("Ask " + analyst + ", who has " + cfo + "'s ear."));

            // a one-on-one in which she says she supports it
            bob.open("coalitions/stakeholder.xhtml?id=" + cfoId);
            bob.type(By.id("conversation:notes"), "She will back the pilot if it starts in one team.");
            bob.select("conversation:newStance", "Supporter");
            bob.type(By.id("conversation:stanceReason"), "Said so in our one-on-one");
            bob.find(By.id("conversation:log")).click();
            bob.waitForText(By.id("verification"), "verified");
            bob.find(By.id("nav-network")).click();
            assertEquals("Would pass today.", bob.waitFor(verdict).getText());
        }

        try (Browser carol = Browser.signedInAs("carol")) {
            carol.open("coalitions/stakeholder.xhtml?id=" + analystId);
            carol.waitFor(By.id("influence-links"));
            assertEquals(
                    2,
                    carol.find(By.id("influence-links"))
                            .findElements(By.cssSelector("tr.influence-link"))
                            .size(),
                    "observers see the links");
            assertFalse(carol.pageText().contains(note), "but never their notes");
            assertFalse(carol.isPresent(By.id("influenceForm")), "and record none");
            assertFalse(carol.isPresent(By.id("decisionForm")));
            carol.open("coalitions/network.xhtml?id="
                    + idFrom(carol.find(By.id("nav-network")).getAttribute("href")));
            carol.waitFor(By.id("influence-graph"));
            assertTrue(carol.find(By.id("linkList:links")).getText().contains(analyst));
            assertFalse(carol.pageText().contains(note), "no notes on the network page either");
            var csv = carol.get(carol.find(By.id("export-links")).getAttribute("href"));
            assertEquals(200, csv.statusCode());
            assertTrue(
                    csv.body()
                            .replace("\uFEFF", "")
                            .startsWith(
                                    "Who,Member or stakeholder,Has the ear of,Kind,Strength,Recorded by,Recorded at"),
                    csv.body());
            assertTrue(
                    csv.body().contains(analyst) && !csv.body().contains(note),
                    "the links without notes: " + csv.body());
        }
    }

    @Test
    void the_api_reads_and_writes_links_and_readiness_with_the_same_rules() {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        long demo = ApiIT.demoCoalition();
        java.util.function.Function<String, Long> add = name -> ApiIT.call(
                        "POST",
                        "bob",
                        "coalitions/" + demo + "/stakeholders",
                        java.util.Map.of(
                                "name",
                                name,
                                "level",
                                "DIRECTOR",
                                "department",
                                "Finance",
                                "influence",
                                4,
                                "interest",
                                3,
                                "stance",
                                "SKEPTIC"))
                .expect(201)
                .id();
        long dora = add.apply("Dora Api " + tag);
        long eve = add.apply("Eve Api " + tag);

        var recorded = ApiIT.call(
                        "POST",
                        "bob",
                        "coalitions/" + demo + "/influence-links",
                        java.util.Map.of(
                                "fromMember",
                                "alice",
                                "toStakeholderId",
                                dora,
                                "kind",
                                "TRUSTED_PEER",
                                "strength",
                                3,
                                "note",
                                "Api note " + tag))
                .expect(201);
        long link = recorded.id();
        ApiIT.call(
                        "POST",
                        "bob",
                        "coalitions/" + demo + "/influence-links",
                        java.util.Map.of(
                                "fromStakeholderId", dora, "toStakeholderId", eve, "kind", "REPORTS_TO", "strength", 2))
                .expect(201);
        ApiIT.call(
                        "POST",
                        "bob",
                        "coalitions/" + demo + "/influence-links",
                        java.util.Map.of(
                                "fromStakeholderId", dora, "toStakeholderId", dora, "kind", "OTHER", "strength", 2))
                .expectProblem(422, "Rule violated");
        ApiIT.call(
                        "POST",
                        "carol",
                        "coalitions/" + demo + "/influence-links",
                        java.util.Map.of(
                                "fromStakeholderId", eve, "toStakeholderId", dora, "kind", "OTHER", "strength", 2))
                .expectProblem(403, "Not allowed");
        ApiIT.call("PUT", "bob", "stakeholders/" + eve + "/decision-role", java.util.Map.of("role", "APPROVER"))
                .expect(204);

        var asObserver = ApiIT.get("carol", "coalitions/" + demo + "/influence-links?stakeholder=" + dora)
                .expect(200);
        assertEquals(2, asObserver.items().size(), "observers read the links");
        assertFalse(asObserver.body().contains("Api note " + tag), "but not their notes");
        assertTrue(ApiIT.get("bob", "coalitions/" + demo + "/influence-links?stakeholder=" + dora)
                .body()
                .contains("Api note " + tag));

        String network = ApiIT.get("carol", "coalitions/" + demo + "/influence-network")
                .expect(200)
                .body();
        assertTrue(
                network.contains("\"Eve Api " + tag + "\"") && network.contains("\"Dora Api " + tag + "\""), network);

        long milestone = ApiIT.call(
                        "POST",
                        "bob",
                        "coalitions/" + demo + "/milestones",
                        java.util.Map.of(
                                "title",
                                "Api pilot " + tag,
                                "dueOn",
                                java.time.LocalDate.now().plusWeeks(2).toString()))
                .expect(201)
                .id();
        ApiIT.call(
                        "PUT",
                        "bob",
                        "milestones/" + milestone + "/deciders",
                        java.util.Map.of("stakeholderIds", List.of(dora)))
                .expectProblem(422, "Rule violated");
        var readiness = ApiIT.call(
                        "PUT",
                        "bob",
                        "milestones/" + milestone + "/deciders",
                        java.util.Map.of("stakeholderIds", List.of(eve)))
                .expect(200)
                .json();
        assertEquals(Boolean.FALSE, readiness.get("passes"), String.valueOf(readiness));
        assertTrue(String.valueOf(readiness).contains("UNVERIFIED"), String.valueOf(readiness));
        assertEquals(
                readiness,
                ApiIT.get("carol", "milestones/" + milestone + "/readiness")
                        .expect(200)
                        .json(),
                "the same for an observer");
        // erin is a member of the demo coalition: an outsider is tried on a coalition of hers, where bob is none
        long erins = ApiIT.call(
                        "POST",
                        "erin",
                        "coalitions",
                        java.util.Map.of(
                                "name",
                                "Erin's network " + tag,
                                "objective",
                                "Agree core hours per team.",
                                "targetDate",
                                java.time.LocalDate.now().plusMonths(3).toString()))
                .expect(201)
                .id();
        long erinsMilestone = ApiIT.call(
                        "POST",
                        "erin",
                        "coalitions/" + erins + "/milestones",
                        java.util.Map.of(
                                "title",
                                "Erin's pilot " + tag,
                                "dueOn",
                                java.time.LocalDate.now().plusWeeks(2).toString()))
                .expect(201)
                .id();
        ApiIT.get("bob", "milestones/" + erinsMilestone + "/readiness").expectProblem(403, "Not allowed");
        ApiIT.get("bob", "coalitions/" + erins + "/influence-network").expectProblem(403, "Not allowed");

        String etag = recorded.header("ETag");
        ApiIT.call("DELETE", "bob", "influence-links/" + link, null, "If-Match", etag)
                .expect(204);
        ApiIT.call("DELETE", "bob", "influence-links/" + link, null, "If-Match", etag)
                .expectProblem(404, "Not found");
    }

    /** A coalition of bob's own with three stakeholders: an analyst (Finance, supporter), a CFO and a Sales engineer (skeptics). */
    private record Own(long coalition, String analyst, long analystId, String cfo, long cfoId, String engineer) {

        static Own create(String tag) {
            long coalition = ApiIT.call(
                            "POST",
                            "bob",
                            "coalitions",
                            java.util.Map.of(
                                    "name",
                                    "Network " + tag,
                                    "objective",
                                    "Reach the people who decide",
                                    "targetDate",
                                    java.time.LocalDate.now().plusMonths(3).toString()))
                    .expect(201)
                    .id();
            java.util.function.BiFunction<String, String, Long> add = (name, stance) -> ApiIT.call(
                            "POST",
                            "bob",
                            "coalitions/" + coalition + "/stakeholders",
                            java.util.Map.of(
                                    "name",
                                    name,
                                    "level",
                                    "DIRECTOR",
                                    "department",
                                    name.startsWith("Sam") ? "Sales" : "Finance",
                                    "influence",
                                    5,
                                    "interest",
                                    4,
                                    "stance",
                                    stance))
                    .expect(201)
                    .id();
            String analyst = "Ann Import " + tag;
            String cfo = "Cleo Import " + tag;
            String engineer = "Sam Import " + tag;
            long analystId = add.apply(analyst, "SUPPORTER");
            long cfoId = add.apply(cfo, "SKEPTIC");
            add.apply(engineer, "SKEPTIC");
            return new Own(coalition, analyst, analystId, cfo, cfoId, engineer);
        }

        /** bob has the analyst's ear, she has the CFO's; a stranger, and the CFO to herself, are refused. */
        String csv(String tag) {
            return "Who,Has the ear of,Strength,Kind,Note\n"
                    + "Bob Baker," + analyst + ",3,trusted peer,Lunch on Fridays\n"
                    + analyst + "," + cfo + ",2,reports to,\n"
                    + "Zed Nobody " + tag + "," + cfo + ",2,,\n"
                    + cfo + "," + cfo + ",1,,\n";
        }
    }

    private static double viewBoxWidth(Browser browser) {
        return Double.parseDouble(browser.find(By.id("influence-graph"))
                .getDomAttribute("viewBox")
                .trim()
                .split("\\s+")[2]);
    }

    @Test
    void a_file_of_links_zoom_search_paths_under_filters_and_the_decision_on_the_dashboard() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        Own own = Own.create(tag);
        Path file = Files.createTempFile("links-" + tag, ".csv");
        try (Browser bob = Browser.signedInAs("bob")) {
            Files.writeString(file, own.csv(tag));
            // the file through the import page: two rows stored, the refused ones shown with their reasons
            bob.open("coalitions/import-links.xhtml?id=" + own.coalition());
            bob.find(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            bob.find(By.id("upload:read")).click();
            bob.waitForText(By.id("counts"), "2 to import");
            assertTrue(
                    bob.find(By.id("counts")).getText().contains("2 refused"),
                    bob.find(By.id("counts")).getText());
            String report = bob.find(By.id("import:report")).getText();
            assertTrue(report.contains("Nobody in this coalition is called \"Zed Nobody " + tag + "\""), report);
            assertTrue(report.contains("Nobody influences themselves: " + own.cfo() + " is on both sides."), report);
            bob.find(By.id("import:start")).click();
            bob.waitForText(By.id("result"), "2 links imported. Left out: 2 refused rows.");
            assertEquals(
                    "2",
                    ApiIT.get("bob", "coalitions/" + own.coalition() + "/influence-links")
                            .expect(200)
                            .header("X-Total-Count"));

            ApiIT.call(
                            "PUT",
                            "bob",
                            "stakeholders/" + own.cfoId() + "/decision-role",
                            java.util.Map.of("role", "APPROVER"))
                    .expect(204);
            String milestone = "Budget pilot " + tag;
            long milestoneId = ApiIT.call(
                            "POST",
                            "bob",
                            "coalitions/" + own.coalition() + "/milestones",
                            java.util.Map.of(
                                    "title",
                                    milestone,
                                    "dueOn",
                                    java.time.LocalDate.now().plusWeeks(3).toString()))
                    .expect(201)
                    .id();
            ApiIT.call(
                            "PUT",
                            "bob",
                            "milestones/" + milestoneId + "/deciders",
                            java.util.Map.of("stakeholderIds", List.of(own.cfoId())))
                    .expect(200);

            // zoom: the buttons and the mouse wheel, without a console error
            bob.consoleErrors(); // what earlier pages wrote
            bob.open("coalitions/network.xhtml?id=" + own.coalition());
            bob.waitFor(By.id("influence-graph"));
            double whole = viewBoxWidth(bob);
            bob.find(By.id("influence-zoom-in")).click();
            double in = viewBoxWidth(bob);
            assertTrue(in < whole, in + " after zooming in, " + whole + " before");
            bob.find(By.id("influence-zoom-out")).click();
            assertEquals(whole, viewBoxWidth(bob), 0.5, "zoomed out again");
            bob.wheel(By.id("node-s" + own.cfoId()), -200);
            bob.waitUntil(() -> viewBoxWidth(bob) < whole);
            double wheeled = viewBoxWidth(bob);
            bob.wheel(By.id("influence-graph"), 2000);
            bob.waitUntil(() -> viewBoxWidth(bob) > wheeled);
            bob.find(By.id("influence-zoom-reset")).click();
            assertEquals(
                    "0.0 0.0 " + String.format(java.util.Locale.ROOT, "%.1f", whole) + " "
                            + String.format(java.util.Locale.ROOT, "%.1f", whole),
                    bob.find(By.id("influence-graph")).getDomAttribute("viewBox"));

            // search highlights the CFO
            bob.type(By.id("network-search"), own.cfo().toUpperCase(java.util.Locale.ROOT));
            bob.find(By.id("apply-filters")).click();
            bob.waitForText(By.id("search-result"), "1 found");
            String nodeClass = bob.waitFor(By.id("node-s" + own.cfoId())).getAttribute("class");
            assertTrue(nodeClass.contains("found"), nodeClass);
            assertTrue(bob.isPresent(By.cssSelector("#node-s" + own.cfoId() + " circle.found-ring")));

            // skeptics only: the analyst is not drawn, yet bob's path to the CFO runs through her and says so
            bob.open("coalitions/network.xhtml?id=" + own.coalition() + "&stance=SKEPTIC&person=s" + own.cfoId());
            bob.waitFor(By.id("filter-summary"));
            assertFalse(bob.isPresent(By.id("node-s" + own.analystId())), "a supporter is left out");
            String paths = bob.find(By.id("chosen-paths")).getText();
            assertTrue(
                    paths.contains("Bob Baker → " + own.analyst() + " (left out by the filters) → " + own.cfo()),
                    paths);
            assertTrue(
                    bob.find(By.id("chosen-ears")).getText().contains(own.analyst() + " (2) · left out by the filters"),
                    bob.find(By.id("chosen-ears")).getText());
            String deciders = bob.find(By.id("decision-makers")).getText();
            assertTrue(deciders.contains(own.analyst() + " (left out by the filters)"), deciders);
            assertEquals(
                    "1",
                    bob.find(By.xpath(
                                    "//table[@id='member-reach']//tr[td[contains(., 'Bob Baker')]]/td[@class='reach']"))
                            .getText(),
                    "reach counts the whole network");
            // the analyst herself, chosen from the search although the filters leave her out
            bob.open("coalitions/network.xhtml?id=" + own.coalition() + "&stance=SKEPTIC&person=s" + own.analystId());
            assertEquals(own.analyst(), bob.waitFor(By.id("chosen-name")).getText());
            assertTrue(bob.isPresent(By.id("chosen-hidden")));
            assertTrue(bob.find(By.id("chosen-paths"))
                    .getText()
                    .contains("Bob Baker → " + own.analyst() + " (left out by the filters)"));
            assertEquals(List.of(), bob.consoleErrors(), "the network page and its script run without a console error");

            // the dashboard's health panel names the decision that counts on an unverified approver
            bob.open("coalitions/dashboard.xhtml?id=" + own.coalition());
            String finding = bob.waitFor(
                            By.xpath("//ul[@id='findings']/li[contains(@class,'finding-ASSUMED_ALIGNMENT')]"
                                    + "[contains(., 'The decision on \"" + milestone + "\"')]"))
                    .getText();
            assertTrue(
                    finding.contains("counts on 1 approver(s) or veto holder(s) whose stance nobody checked recently"),
                    finding);
            assertTrue(
                    bob.isPresent(By.xpath("//a[contains(@class,'decision-link')][contains(., '" + milestone + "')]")),
                    "the decision is linked to the network page");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void the_api_imports_a_csv_file_of_links_with_each_refused_row_typed() {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        Own own = Own.create(tag);
        String path = "coalitions/" + own.coalition() + "/influence-links/import";
        var imported = ApiIT.call("POST", "bob", path, own.csv(tag), "Content-Type", "text/csv")
                .expect(200)
                .json();
        assertEquals(Boolean.TRUE, imported.get("stored"), String.valueOf(imported));
        assertEquals(2, ((Number) imported.get("imported")).intValue(), String.valueOf(imported));
        assertEquals(2, ((Number) imported.get("refused")).intValue(), String.valueOf(imported));
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> refused = (List<java.util.Map<String, Object>>) imported.get("refusedRows");
        assertEquals(
                List.of(4, 5),
                refused.stream().map(r -> ((Number) r.get("row")).intValue()).toList());
        assertEquals(
                "urn:coalition:problem:link-import-unknown-person",
                refused.get(0).get("type"));
        assertEquals(List.of("Zed Nobody " + tag), refused.get(0).get("arguments"));
        assertEquals("urn:coalition:problem:link-import-self", refused.get(1).get("type"));
        var stored = ApiIT.get(
                        "bob", "coalitions/" + own.coalition() + "/influence-links?stakeholder=" + own.analystId())
                .expect(200);
        assertEquals(2, stored.items().size(), "bob to the analyst, the analyst to the CFO");
        assertTrue(stored.body().contains("Lunch on Fridays"));

        // again, all or nothing: the two stored rows are now refused as recorded, and nothing is stored
        var again = ApiIT.call("POST", "bob", path + "?allOrNothing=true", own.csv(tag), "Content-Type", "text/csv")
                .expect(200)
                .json();
        assertEquals(Boolean.FALSE, again.get("stored"), String.valueOf(again));
        assertEquals(0, ((Number) again.get("imported")).intValue());
        assertEquals(4, ((Number) again.get("refused")).intValue());
        assertTrue(String.valueOf(again).contains("urn:coalition:problem:link-import-exists"), String.valueOf(again));
        String fresh =
                "Who,Has the ear of\n" + own.engineer() + "," + own.cfo() + "\nNobody " + tag + "," + own.cfo() + "\n";
        assertEquals(
                Boolean.FALSE,
                ApiIT.call("POST", "bob", path + "?allOrNothing=true", fresh, "Content-Type", "text/csv")
                        .expect(200)
                        .json()
                        .get("stored"));
        assertEquals(
                "2",
                ApiIT.get("bob", "coalitions/" + own.coalition() + "/influence-links")
                        .header("X-Total-Count"),
                "all or nothing stored nothing");

        // a file as a whole refused, or unreadable
        assertEquals(
                "urn:coalition:problem:link-import-who-and-whom",
                ApiIT.call("POST", "bob", path, "Name,Department\nAnn,Finance\n", "Content-Type", "text/csv")
                        .expectProblem(422, "Rule violated")
                        .json()
                        .get("type"));
        assertEquals(
                "urn:coalition:problem:unreadable-file",
                ApiIT.call(
                                "POST",
                                "bob",
                                path,
                                "not a workbook",
                                "Content-Type",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .expectProblem(400, "Unreadable file")
                        .json()
                        .get("type"));

        // the same access rules: an outsider, and an observer of the demo coalition, may not import
        ApiIT.call("POST", "erin", path, own.csv(tag), "Content-Type", "text/csv")
                .expectProblem(403, "Not allowed");
        ApiIT.call(
                        "POST",
                        "carol",
                        "coalitions/" + ApiIT.demoCoalition() + "/influence-links/import",
                        own.csv(tag),
                        "Content-Type",
                        "text/csv")
                .expectProblem(403, "Not allowed");
        ApiIT.call("POST", null, path, own.csv(tag), "Content-Type", "text/csv").expectProblem(401, "Sign-in required");
        assertEquals(
                "2",
                ApiIT.get("bob", "coalitions/" + own.coalition() + "/influence-links")
                        .header("X-Total-Count"));
    }
}
