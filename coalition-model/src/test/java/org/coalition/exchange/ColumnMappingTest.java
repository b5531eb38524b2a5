package org.coalition.exchange;

import static org.coalition.exchange.StakeholderField.DEPARTMENT;
import static org.coalition.exchange.StakeholderField.INFLUENCE;
import static org.coalition.exchange.StakeholderField.INTEREST;
import static org.coalition.exchange.StakeholderField.LEVEL;
import static org.coalition.exchange.StakeholderField.NAME;
import static org.coalition.exchange.StakeholderField.NOTES;
import static org.coalition.exchange.StakeholderField.RELATIONSHIP_OWNER;
import static org.coalition.exchange.StakeholderField.SSO_USERNAME;
import static org.coalition.exchange.StakeholderField.STANCE;
import static org.coalition.exchange.StakeholderField.TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ColumnMappingTest {

    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of(List.of("Name", "Department"), Arrays.asList(NAME, DEPARTMENT)),
                Arguments.of(
                        List.of("full_name", "Job Title", "DEPT", "Influence ", "interest"),
                        Arrays.asList(NAME, TITLE, DEPARTMENT, INFLUENCE, INTEREST)),
                Arguments.of(
                        List.of("Name", "Abteilung", "Einfluss", "Haltung", "Notizen", "Funktion"),
                        Arrays.asList(NAME, DEPARTMENT, INFLUENCE, STANCE, NOTES, TITLE)),
                Arguments.of(List.of("Name", "Phone", "Department"), Arrays.asList(NAME, null, DEPARTMENT)),
                Arguments.of(List.of("Name", "name", "Department"), Arrays.asList(NAME, null, DEPARTMENT)),
                Arguments.of(
                        List.of("Owner", "SSO user name", "Level"),
                        Arrays.asList(RELATIONSHIP_OWNER, SSO_USERNAME, LEVEL)),
                Arguments.of(List.of("", "Stakeholder"), Arrays.asList(null, NAME)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headers")
    void should_guess_fields_from_header_names(List<String> header, List<StakeholderField> expected) {
        assertEquals(expected, ColumnMapping.guess(header).fields());
    }

    @Test
    void should_guess_every_column_of_its_own_export_header() {
        List<String> exportHeader = Arrays.stream(StakeholderField.values())
                .map(StakeholderField::header)
                .toList();
        assertEquals(
                List.of(StakeholderField.values()),
                ColumnMapping.guess(exportHeader).fields());
    }

    @Test
    void should_name_what_is_wrong_with_a_mapping() {
        assertEquals(List.of(), new ColumnMapping(Arrays.asList(NAME, DEPARTMENT, null)).problems());
        List<String> problems = new ColumnMapping(Arrays.asList(NAME, NAME, TITLE)).problems();
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).contains("two columns"));
        assertTrue(problems.get(1).contains("department"));
    }
}
