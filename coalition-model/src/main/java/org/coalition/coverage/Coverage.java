package org.coalition.coverage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coalition.stakeholder.Level;

/**
 * Whether the guiding coalition covers what the change touches (Kotter): the grid of its supporters — members, and
 * stakeholders who are supporters or champions — by department and level, with the qualities they bring, and the holes.
 * Pure: the same departments and cells always give the same coverage.
 * <ul>
 * <li>A touched department is <em>covered</em> when at least one supporter there sits at its needed level or above
 * (departments match without case or surrounding spaces); otherwise it is a {@link Kind#LEVEL} hole ("no one from
 * Finance at director level or above supports us").</li>
 * <li>A quality is <em>carried</em> when at least one supporter, in any department, is tagged with it; each quality
 * nobody carries is a {@link Kind#QUALITY} hole.</li>
 * <li>Holes come quality holes first (a coalition without leadership lacks it everywhere), then departments by their
 * weight (the influence of their stakeholders, largest first), then by name: the first is the largest.</li>
 * </ul>
 *
 * @param rows    one per touched department, in the order given, each with one cell per level
 * @param carried the qualities at least one supporter brings
 * @param holes   what is missing, the largest first
 */
public record Coverage(List<Row> rows, Set<Quality> carried, List<Hole> holes) implements Serializable {

    /** The level from which support is needed in a department the coalition did not describe itself. */
    public static final Level DEFAULT_NEEDED = Level.DIRECTOR;

    public Coverage {
        rows = List.copyOf(rows);
        carried = carried.isEmpty() ? EnumSet.noneOf(Quality.class) : EnumSet.copyOf(carried);
        holes = List.copyOf(holes);
    }

    /**
     * A department the change touches.
     *
     * @param needed       the lowest level at which a supporter covers it
     * @param stakeholders how many stakeholders of the coalition work there
     * @param weight       their influence, summed: how much the department weighs among the holes
     * @param recorded     whether the coalition recorded it (else it is one of its stakeholders' departments)
     */
    public record Department(String name, Level needed, int stakeholders, int weight, boolean recorded)
            implements Serializable {}

    /** The supporters at one department and level, and how many of them carry each quality. */
    public record Cell(String department, Level level, int supporters, Map<Quality, Integer> carriers)
            implements Serializable {

        public Cell {
            carriers = carriers.isEmpty() ? Map.of() : Map.copyOf(carriers);
        }

        static Cell empty(String department, Level level) {
            return new Cell(department, level, 0, Map.of());
        }

        /** How many supporters here bring {@code quality}. */
        public int carrying(Quality quality) {
            return carriers.getOrDefault(quality, 0);
        }

        public boolean carries(Quality quality) {
            return carrying(quality) > 0;
        }

        Cell plus(Cell other) {
            Map<Quality, Integer> sum = new EnumMap<>(Quality.class);
            for (Quality q : Quality.values()) {
                if (carrying(q) + other.carrying(q) > 0) {
                    sum.put(q, carrying(q) + other.carrying(q));
                }
            }
            return new Cell(department, level, supporters + other.supporters, sum);
        }
    }

    /** A touched department's line of the grid: a cell per level (lowest first), and whether it is covered. */
    public record Row(Department department, List<Cell> cells, boolean covered) implements Serializable {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** What kind of hole: a department without a supporter at its level, or a quality nobody brings. */
    public enum Kind {
        LEVEL,
        QUALITY
    }

    /**
     * Something the coalition lacks. A {@link Kind#LEVEL} hole names the department and its needed level, a
     * {@link Kind#QUALITY} hole the quality; the page words it from its bundle under {@code coverage.hole.<kind>}.
     *
     * @param weight a department's weight (0 for a quality)
     */
    public record Hole(Kind kind, String department, Level level, Quality quality, int weight) implements Serializable {

        public static Hole level(Department department) {
            return new Hole(Kind.LEVEL, department.name(), department.needed(), null, department.weight());
        }

        public static Hole quality(Quality quality) {
            return new Hole(Kind.QUALITY, null, null, quality, 0);
        }

        /** Identifies the hole among the suggestions: {@code L:<department, lower case>} or {@code Q:<quality>}. */
        public String id() {
            return kind == Kind.LEVEL ? "L:" + Coverage.key(department) : "Q:" + quality.name();
        }

        /** The bundle key that words it, with {@link #arguments()}. */
        public String key() {
            return "coverage.hole." + kind.name().toLowerCase(Locale.ROOT);
        }

        /** The department and level of a level hole, the quality of a quality hole. */
        public List<Object> arguments() {
            return kind == Kind.LEVEL ? List.of(department, level) : List.of(quality);
        }
    }

    /** The department as departments are matched: without case or surrounding spaces ({@code ""} for none). */
    public static String key(String department) {
        return department == null ? "" : department.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a supporter at {@code level} covers a department that needs {@code needed}: at it or above. */
    public static boolean covers(Level level, Level needed) {
        return level.ordinal() >= needed.ordinal();
    }

    /** The coverage of the touched departments by the supporters' cells (any departments, any order, repeats merged). */
    public static Coverage of(List<Department> touched, List<Cell> cells) {
        Map<String, Map<Level, Cell>> byDepartment = new LinkedHashMap<>();
        Set<Quality> carried = EnumSet.noneOf(Quality.class);
        for (Cell cell : cells) {
            if (cell.supporters() <= 0) {
                continue;
            }
            byDepartment
                    .computeIfAbsent(key(cell.department()), k -> new EnumMap<>(Level.class))
                    .merge(cell.level(), cell, Cell::plus);
            for (Quality q : Quality.values()) {
                if (cell.carries(q)) {
                    carried.add(q);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        List<Hole> levelHoles = new ArrayList<>();
        for (Department department : touched) {
            Map<Level, Cell> there = byDepartment.getOrDefault(key(department.name()), Map.of());
            List<Cell> line = new ArrayList<>();
            boolean covered = false;
            for (Level level : Level.values()) {
                Cell cell = there.get(level);
                line.add(
                        cell == null
                                ? Cell.empty(department.name(), level)
                                : new Cell(department.name(), level, cell.supporters(), cell.carriers()));
                covered |= cell != null && covers(level, department.needed());
            }
            rows.add(new Row(department, line, covered));
            if (!covered) {
                levelHoles.add(Hole.level(department));
            }
        }
        List<Hole> holes = new ArrayList<>();
        for (Quality q : Quality.values()) {
            if (!carried.contains(q)) {
                holes.add(Hole.quality(q));
            }
        }
        levelHoles.sort(Comparator.comparingInt(Hole::weight).reversed().thenComparing(h -> key(h.department())));
        holes.addAll(levelHoles);
        return new Coverage(rows, carried, holes);
    }

    /** The largest hole, if any. */
    public Optional<Hole> largestHole() {
        return holes.stream().findFirst();
    }

    /** The qualities nobody brings. */
    public Set<Quality> missing() {
        Set<Quality> missing = EnumSet.allOf(Quality.class);
        missing.removeAll(carried);
        return missing;
    }
}
