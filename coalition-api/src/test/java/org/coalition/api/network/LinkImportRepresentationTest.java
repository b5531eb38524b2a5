package org.coalition.api.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.coalition.api.platform.Problem;
import org.coalition.exchange.Table;
import org.coalition.network.InfluenceGraph.Ref;
import org.coalition.network.InfluenceImportService;
import org.coalition.network.LinkField;
import org.coalition.network.LinkImport;
import org.coalition.shared.Said;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** The API's answer to a link import: the counts, and each refused row by a problem type the OpenAPI document lists. */
class LinkImportRepresentationTest {

    /** Anna and Cleo are stakeholders, bob a member; Anna already has Cleo's ear. */
    private static LinkImport.Report report() {
        LinkImport checker = new LinkImport(
                List.of(
                        new LinkImport.Known(Ref.stakeholder(1), "Anna Berg", List.of()),
                        new LinkImport.Known(Ref.stakeholder(2), "Cleo Park", List.of()),
                        new LinkImport.Known(Ref.member(7), "Bob Baker", List.of("bob"))),
                Set.of(LinkImport.pair(Ref.stakeholder(1), Ref.stakeholder(2))));
        Table table = new Table.Builder("Who", "Has the ear of", "Strength")
                .row("bob", "Anna Berg", "3")
                .row("Zed Nobody", "Anna Berg", "2")
                .row("Cleo Park", "Anna Berg", "2.5")
                .row("Anna Berg", "Cleo Park", "1")
                .build();
        return checker.check(table, LinkField.guess(table.header()));
    }

    @Test
    void should_count_the_stored_links_and_name_each_refused_row_by_its_problem_type() {
        LinkImport.Report report = report();
        LinkImportRepresentation answer =
                LinkImportRepresentation.of(new InfluenceImportService.Outcome(true, 1, 3, report));
        assertTrue(answer.stored());
        assertEquals(1, answer.imported());
        assertEquals(1, answer.accepted());
        assertEquals(3, answer.refused());
        assertEquals(
                List.of(3, 4, 5),
                answer.refusedRows().stream()
                        .map(LinkImportRepresentation.RefusedRow::row)
                        .toList());
        LinkImportRepresentation.RefusedRow unknown = answer.refusedRows().get(0);
        assertEquals("urn:coalition:problem:link-import-unknown-person", unknown.type());
        assertEquals(List.of("Zed Nobody"), unknown.arguments());
        assertEquals("Zed Nobody", unknown.from());
        assertTrue(unknown.detail().startsWith("Nobody in this coalition is called \"Zed Nobody\""), unknown.detail());
        assertEquals(
                "urn:coalition:problem:link-import-bad-strength",
                answer.refusedRows().get(1).type());
        assertEquals(List.of("2.5"), answer.refusedRows().get(1).arguments());
        assertEquals(
                "urn:coalition:problem:link-import-exists",
                answer.refusedRows().get(2).type());
    }

    @Test
    void should_say_nothing_was_stored_under_all_or_nothing() {
        LinkImportRepresentation answer =
                LinkImportRepresentation.of(new InfluenceImportService.Outcome(false, 0, 3, report()));
        assertFalse(answer.stored());
        assertEquals(0, answer.imported());
        assertEquals(1, answer.accepted(), "the accepted row was checked, not stored");
        assertEquals(3, answer.refusedRows().size());
    }

    @Test
    void should_give_numbers_as_numbers() {
        assertEquals(
                "link-import-twice-in-file",
                LinkImportRepresentation.problemType(Said.of("said.linkImport.twiceInFile", "a", "b", 2)));
        assertThrows(
                IllegalArgumentException.class, () -> LinkImportRepresentation.problemType(Said.of("said.health.x")));
    }

    @Test
    void should_list_every_verdict_on_a_row_among_the_problem_types_of_the_openapi_document() throws Exception {
        Properties said = new Properties();
        try (InputStream in = Said.class.getResourceAsStream("Said.properties")) {
            said.load(in);
        }
        Set<String> listed = new TreeSet<>(Arrays.asList(Problem.class
                .getDeclaredMethod("type")
                .getAnnotation(Schema.class)
                .enumeration()));
        Set<String> missing = new TreeSet<>();
        int verdicts = 0;
        for (String key : said.stringPropertyNames()) {
            if (key.startsWith(LinkImportRepresentation.ROW_KEYS)) {
                verdicts++;
                String type = LinkImportRepresentation.problemType(Said.of(key));
                if (!listed.contains(type)) {
                    missing.add(type);
                }
            }
        }
        assertTrue(verdicts >= 10, "the import's verdicts were found: " + verdicts);
        assertTrue(missing.isEmpty(), "not in the OpenAPI document: " + missing);
    }
}
