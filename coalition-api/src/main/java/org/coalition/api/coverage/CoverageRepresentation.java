package org.coalition.api.coverage;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.coalition.coverage.Coverage;
import org.coalition.coverage.CoverageReport;
import org.coalition.coverage.Quality;
import org.coalition.coverage.Suggestion;
import org.coalition.coverage.TagRow;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Stance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The coverage of the guiding coalition: a row per touched department with a cell per level (supporters and the
 * qualities they bring), the qualities carried, and the holes (largest first) with whom of the register could fill them.
 * A hole is typed: {@code LEVEL} names a department and level, {@code QUALITY} a quality; the words are the client's.
 */
@Schema(description = "The coverage check of a coalition (departments × levels, four qualities, holes)")
public record CoverageRepresentation(List<Row> departments, List<Quality> carried, List<Hole> holes) {

    public record Row(String department, Level neededLevel, boolean recorded, boolean covered, List<Cell> cells) {}

    public record Cell(Level level, int supporters, List<Quality> qualities) {}

    public record Hole(
            String id,
            Coverage.Kind kind,
            String department,
            Level level,
            Quality quality,
            List<Candidate> suggestions) {}

    public record Candidate(
            long stakeholderId, String name, String department, Level level, Stance stance, int influence) {}

    public static CoverageRepresentation of(CoverageReport report) {
        Coverage coverage = report.coverage();
        return new CoverageRepresentation(
                coverage.rows().stream()
                        .map(r -> new Row(
                                r.department().name(),
                                r.department().needed(),
                                r.department().recorded(),
                                r.covered(),
                                r.cells().stream()
                                        .map(c -> new Cell(
                                                c.level(),
                                                c.supporters(),
                                                Arrays.stream(Quality.values())
                                                        .filter(c::carries)
                                                        .toList()))
                                        .toList()))
                        .toList(),
                List.copyOf(coverage.carried()),
                coverage.holes().stream()
                        .map(h -> new Hole(
                                h.id(),
                                h.kind(),
                                h.department(),
                                h.level(),
                                h.quality(),
                                report.suggestionsFor(h).stream()
                                        .map(CoverageRepresentation::candidate)
                                        .toList()))
                        .toList());
    }

    private static Candidate candidate(Suggestion s) {
        return new Candidate(s.stakeholderId(), s.name(), s.department(), s.level(), s.stance(), s.influence());
    }

    /** A tag: who (a member by person id, or a stakeholder) brings which quality, and whether it counts today. */
    @Schema(description = "What a member or a stakeholder brings to the coalition")
    public record Tag(
            long id,
            Long personId,
            Long stakeholderId,
            String name,
            Quality quality,
            boolean counts,
            String taggedBy,
            Instant taggedAt) {

        public static Tag of(TagRow row) {
            return new Tag(
                    row.id(),
                    row.personId(),
                    row.stakeholderId(),
                    row.name(),
                    row.quality(),
                    row.counts(),
                    row.taggedBy(),
                    row.taggedAt());
        }
    }
}
