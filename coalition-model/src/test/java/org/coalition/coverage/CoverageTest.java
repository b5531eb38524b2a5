package org.coalition.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalition.coverage.Coverage.Cell;
import org.coalition.coverage.Coverage.Department;
import org.coalition.coverage.Coverage.Hole;
import org.coalition.coverage.Coverage.Kind;
import org.coalition.stakeholder.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageTest {

    private static final Map<Quality, Integer> ALL =
            Map.of(Quality.POSITION_POWER, 1, Quality.EXPERTISE, 1, Quality.CREDIBILITY, 1, Quality.LEADERSHIP, 1);

    private static Department touched(String name, Level needed, int weight) {
        return new Department(name, needed, 1, weight, true);
    }

    private static Cell cell(String department, Level level, int supporters, Map<Quality, Integer> carriers) {
        return new Cell(department, level, supporters, carriers);
    }

    @ParameterizedTest(name = "needed {0}, a supporter at {1} -> covered {2}")
    @CsvSource({
        "DIRECTOR, DIRECTOR,               true", // at the level
        "DIRECTOR, EXECUTIVE,              true", // above it
        "DIRECTOR, MANAGER,                false", // one below
        "INDIVIDUAL_CONTRIBUTOR, INDIVIDUAL_CONTRIBUTOR, true",
        "EXECUTIVE, DIRECTOR,              false",
    })
    void should_cover_a_department_with_a_supporter_at_its_level_or_above(Level needed, Level at, boolean covered) {
        Coverage coverage = Coverage.of(List.of(touched("Finance", needed, 10)), List.of(cell("Finance", at, 1, ALL)));
        assertEquals(covered, coverage.rows().get(0).covered());
        assertEquals(
                covered ? List.of() : List.of(new Hole(Kind.LEVEL, "Finance", needed, null, 10)), coverage.holes());
    }

    @Test
    void should_match_departments_without_case_or_surrounding_spaces_and_merge_repeated_cells() {
        Coverage coverage = Coverage.of(
                List.of(touched("Finance", Level.DIRECTOR, 3)),
                List.of(
                        cell(" finance ", Level.DIRECTOR, 1, Map.of(Quality.EXPERTISE, 1)),
                        cell("FINANCE", Level.DIRECTOR, 2, Map.of(Quality.EXPERTISE, 1, Quality.LEADERSHIP, 2))));
        Cell director = coverage.rows().get(0).cells().get(Level.DIRECTOR.ordinal());
        assertEquals(3, director.supporters());
        assertEquals(2, director.carrying(Quality.EXPERTISE));
        assertEquals(2, director.carrying(Quality.LEADERSHIP));
        assertEquals("Finance", director.department(), "the grid names the department as the coalition does");
        assertTrue(coverage.rows().get(0).covered());
    }

    @Test
    void should_give_each_row_a_cell_per_level_lowest_first_empty_where_nobody_supports() {
        Coverage coverage = Coverage.of(
                List.of(touched("Sales", Level.MANAGER, 1)), List.of(cell("Sales", Level.MANAGER, 2, Map.of())));
        List<Cell> cells = coverage.rows().get(0).cells();
        assertEquals(List.of(Level.values()), cells.stream().map(Cell::level).toList());
        assertEquals(List.of(0, 2, 0, 0), cells.stream().map(Cell::supporters).toList());
    }

    @Test
    void should_ignore_cells_without_supporters() {
        Coverage coverage = Coverage.of(
                List.of(touched("Finance", Level.DIRECTOR, 1)), List.of(cell("Finance", Level.DIRECTOR, 0, ALL)));
        assertFalse(coverage.rows().get(0).covered());
        assertEquals(Set.of(), coverage.carried());
    }

    @Test
    void should_count_a_quality_carried_by_a_supporter_in_any_department_even_one_not_touched() {
        Coverage coverage = Coverage.of(
                List.of(touched("Finance", Level.DIRECTOR, 1)),
                List.of(
                        cell("Finance", Level.DIRECTOR, 1, Map.of(Quality.EXPERTISE, 1)),
                        cell("Legal", Level.MANAGER, 1, Map.of(Quality.LEADERSHIP, 1)),
                        cell(null, Level.INDIVIDUAL_CONTRIBUTOR, 1, Map.of(Quality.CREDIBILITY, 1))));
        assertEquals(EnumSet.of(Quality.EXPERTISE, Quality.LEADERSHIP, Quality.CREDIBILITY), coverage.carried());
        assertEquals(List.of(Hole.quality(Quality.POSITION_POWER)), coverage.holes());
        assertEquals(EnumSet.of(Quality.POSITION_POWER), coverage.missing());
        assertEquals(1, coverage.rows().size(), "only touched departments make the grid");
    }

    @Test
    void should_name_quality_holes_first_then_departments_by_weight_then_by_name() {
        Coverage coverage = Coverage.of(
                List.of(
                        touched("Legal", Level.DIRECTOR, 5),
                        touched("Finance", Level.DIRECTOR, 20),
                        touched("audit", Level.DIRECTOR, 5),
                        touched("Sales", Level.MANAGER, 7)),
                List.of(cell("Sales", Level.MANAGER, 1, Map.of(Quality.LEADERSHIP, 1, Quality.EXPERTISE, 1))));
        assertEquals(
                List.of("Q:POSITION_POWER", "Q:CREDIBILITY", "L:finance", "L:audit", "L:legal"),
                coverage.holes().stream().map(Hole::id).toList());
        assertEquals("Q:POSITION_POWER", coverage.largestHole().orElseThrow().id());
        assertEquals(
                List.of("Legal", "Finance", "audit", "Sales"),
                coverage.rows().stream().map(r -> r.department().name()).toList(),
                "rows keep the order given (the database's, by weight)");
    }

    @Test
    void should_word_holes_by_key_and_arguments() {
        Hole level = Hole.level(touched("Finance", Level.DIRECTOR, 3));
        assertEquals("coverage.hole.level", level.key());
        assertEquals(List.of("Finance", Level.DIRECTOR), level.arguments());
        Hole quality = Hole.quality(Quality.LEADERSHIP);
        assertEquals("coverage.hole.quality", quality.key());
        assertEquals(List.of(Quality.LEADERSHIP), quality.arguments());
    }

    @Test
    void should_have_no_holes_when_everything_is_covered_and_no_rows_when_nothing_is_touched() {
        Coverage covered = Coverage.of(
                List.of(touched("Finance", Level.DIRECTOR, 1)), List.of(cell("Finance", Level.EXECUTIVE, 1, ALL)));
        assertEquals(List.of(), covered.holes());
        assertTrue(covered.largestHole().isEmpty());
        Coverage nothing = Coverage.of(List.of(), List.of());
        assertEquals(List.of(), nothing.rows());
        assertEquals(4, nothing.holes().size(), "without supporters every quality is missing");
    }

    @ParameterizedTest(name = "recorded {0}, executive {1} -> {2}")
    @CsvSource({
        "MANAGER,  true,  MANAGER", // what the coalition recorded wins
        ",         true,  EXECUTIVE",
        ",         false, INDIVIDUAL_CONTRIBUTOR", // never more than is known
        "DIRECTOR, false, DIRECTOR",
    })
    void should_count_a_member_at_the_recorded_level_else_by_the_executive_flag(
            Level recorded, boolean executive, Level counted) {
        assertEquals(counted, Supporters.memberLevel(recorded, executive));
    }

    @Test
    void should_count_only_supporters_and_champions_as_supportive() {
        for (org.coalition.stakeholder.Stance stance : org.coalition.stakeholder.Stance.values()) {
            assertEquals(stance.score() >= 4, Supporters.isSupportive(stance), stance.name());
        }
    }
}
