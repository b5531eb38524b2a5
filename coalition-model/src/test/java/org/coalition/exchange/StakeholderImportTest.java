package org.coalition.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StakeholderImportTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();
    private static final List<String> HEADER =
            List.of("Name", "Department", "Level", "Influence", "Interest", "Stance", "Resources", "Owner", "Notes");

    private final StakeholderImport importer = new StakeholderImport(
            VALIDATOR, Map.of(DuplicateKey.of("Ann Lee", "Sales"), "Ann Lee (Sales)"), Set.of("bob", "erin"));

    private RowReport one(String... cells) {
        Table table = new Table(HEADER, List.of(List.of(cells)));
        return importer.check(table, ColumnMapping.guess(HEADER)).rows().get(0);
    }

    static Stream<Arguments> invalidRows() {
        return Stream.of(
                Arguments.of(new String[] {"", "Sales", "", "", "", "", "", "", ""}, "Give the stakeholder's name."),
                Arguments.of(
                        new String[] {"Kim", " ", "", "", "", "", "", "", ""}, "Give the stakeholder's department."),
                Arguments.of(
                        new String[] {"x".repeat(151), "Sales", "", "", "", "", "", "", ""},
                        "The name can be at most 150 characters."),
                Arguments.of(
                        new String[] {"Kim", "Sales", "", "7", "", "", "", "", ""}, "Influence is rated from 1 to 5."),
                Arguments.of(
                        new String[] {"Kim", "Sales", "", "", "0", "", "", "", ""}, "Interest is rated from 1 to 5."),
                Arguments.of(
                        new String[] {"Kim", "Sales", "", "high", "", "", "", "", ""},
                        "Influence is rated from 1 to 5, not \"high\"."),
                Arguments.of(
                        new String[] {"Kim", "Sales", "", "2.5", "", "", "", "", ""},
                        "Influence is rated from 1 to 5, not \"2.5\"."),
                Arguments.of(
                        new String[] {"Kim", "Sales", "Boss", "", "", "", "", "", ""},
                        "Level \"Boss\" is not one of: individual contributor, manager, director, executive."),
                Arguments.of(
                        new String[] {"Kim", "Sales", "", "", "", "Fan", "", "", ""},
                        "Stance \"Fan\" is not one of: champion, supporter, neutral, skeptic, opponent."),
                Arguments.of(
                        new String[] {"Kim", "Sales", "", "", "", "", "Money", "", ""},
                        "Resource \"Money\" is not one of: budget, data, people, decision rights, expertise."),
                Arguments.of(
                        new String[] {"Kim", "Sales", "", "", "", "", "", "carol", ""},
                        "The relationship owner \"carol\" is not a sponsor or member of this coalition (give their user name)."),
                Arguments.of(
                        new String[] {"Kim", "Sales", "", "", "", "", "", "", "n".repeat(4001)},
                        "Notes can be at most 4,000 characters."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidRows")
    void should_refuse_a_row_with_the_forms_message(String[] cells, String message) {
        RowReport report = one(cells);
        assertEquals(RowStatus.INVALID, report.status());
        assertEquals(List.of(message), report.messages());
        assertEquals(2, report.rowNumber());
    }

    @Test
    void should_list_every_problem_of_a_row() {
        RowReport report = one("", "", "", "9", "", "", "", "", "");
        assertEquals(
                List.of(
                        "Give the stakeholder's name.",
                        "Give the stakeholder's department.",
                        "Influence is rated from 1 to 5."),
                report.messages());
    }

    @Test
    void should_read_labels_names_and_spreadsheet_numbers() {
        RowReport report = one(
                " Kim Park ",
                "Finance",
                "individual-contributor",
                "4.0",
                "5",
                "SKEPTIC",
                "Budget; decision rights",
                "bob",
                "Prefers e-mail");
        assertEquals(RowStatus.VALID, report.status());
        StakeholderDraft draft = report.draft();
        assertEquals("Kim Park", draft.getName());
        assertEquals(Level.INDIVIDUAL_CONTRIBUTOR, draft.getLevel());
        assertEquals(4, draft.getInfluence());
        assertEquals(5, draft.getInterest());
        assertEquals(Stance.SKEPTIC, draft.getStance());
        assertEquals(EnumSet.of(Resource.BUDGET, Resource.DECISION_RIGHTS), draft.getResources());
        assertEquals("bob", draft.getRelationshipOwner());
        assertEquals("Prefers e-mail", draft.getNotes());
    }

    @Test
    void should_give_empty_optional_cells_the_forms_defaults() {
        StakeholderDraft draft =
                one("Kim", "Finance", "", "", "", "", "", "", "").draft();
        assertEquals(Level.MANAGER, draft.getLevel());
        assertEquals(3, draft.getInfluence());
        assertEquals(3, draft.getInterest());
        assertEquals(Stance.NEUTRAL, draft.getStance());
        assertTrue(draft.getResources().isEmpty());
        assertNull(draft.getRelationshipOwner());
        assertNull(draft.getNotes());
    }

    static Stream<Arguments> duplicates() {
        return Stream.of(
                Arguments.of("Ann Lee", "Sales", "Already in the register: Ann Lee (Sales)"),
                Arguments.of("  ann   LEE ", "SALES", "Already in the register: Ann Lee (Sales)"),
                Arguments.of("Ann Lee", "Sales EMEA", null),
                Arguments.of("Ann Leed", "Sales", null));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("duplicates")
    void should_find_likely_duplicates_in_the_register(String name, String department, String hint) {
        RowReport report = one(name, department, "", "", "", "", "", "", "");
        assertEquals(hint == null ? RowStatus.VALID : RowStatus.DUPLICATE, report.status());
        assertEquals(hint, report.duplicateOf());
    }

    @Test
    void should_find_likely_duplicates_within_the_file_and_report_rows_in_order() {
        Table table = new Table(
                List.of("Name", "Department"),
                List.of(
                        List.of("Kim Park", "Finance"),
                        List.of("", "Finance"),
                        List.of("kim  park", "finance"),
                        List.of("Ann Lee", "Sales")));
        ImportReport report = importer.check(table, ColumnMapping.guess(table.header()));
        assertEquals(
                List.of(RowStatus.VALID, RowStatus.INVALID, RowStatus.DUPLICATE, RowStatus.DUPLICATE),
                report.rows().stream().map(RowReport::status).toList());
        assertEquals(
                List.of(2, 3, 4, 5),
                report.rows().stream().map(RowReport::rowNumber).toList());
        assertEquals("Same name and department as row 2", report.rows().get(2).duplicateOf());
        assertEquals(1, report.importable(false).size());
        assertEquals(3, report.importable(true).size());
        assertTrue(report.hasInvalid());
    }

    @Test
    void should_refuse_a_mapping_without_name_or_department_and_too_many_rows() {
        Table table = new Table(List.of("Name", "Phone"), List.of(List.of("Kim", "1")));
        ExchangeException e =
                assertThrows(ExchangeException.class, () -> importer.check(table, ColumnMapping.guess(table.header())));
        assertTrue(e.getMessage().contains("department"));
        List<List<String>> many = new ArrayList<>();
        for (int i = 0; i <= StakeholderImport.MAX_ROWS; i++) {
            many.add(List.of("P" + i, "D"));
        }
        Table big = new Table(List.of("Name", "Department"), many);
        assertThrows(ExchangeException.class, () -> importer.check(big, ColumnMapping.guess(big.header())));
    }
}
