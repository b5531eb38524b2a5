package org.coalition.api.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coalition.api.platform.Problem;
import org.coalition.network.InfluenceImportService;
import org.coalition.network.LinkImport;
import org.coalition.shared.Said;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a link import did, as the page's import says it: whether anything was stored (nothing when "all or nothing"
 * was asked and a row was refused), how many links, and each refused row with its reason as a problem type
 * ({@code urn:coalition:problem:link-import-unknown-person}, listed with the others in {@link Problem}), its values
 * and its English sentence.
 */
@Schema(description = "The outcome of a link import")
public record LinkImportRepresentation(
        @Schema(description = "Whether the accepted rows were stored (false: all or nothing, and a row was refused)")
        boolean stored,

        @Schema(description = "Links stored") int imported,

        @Schema(description = "Rows accepted (stored unless stored is false)")
        int accepted,

        @Schema(description = "Rows refused") int refused,

        @Schema(description = "Each refused row, in file order")
        List<RefusedRow> refusedRows) {

    /** The prefix of the import's row verdicts among the domain's sentences. */
    static final String ROW_KEYS = "said.linkImport.";

    /**
     * A refused row: its number as a spreadsheet shows it (the header is row 1), who and whom it named, why.
     *
     * @param type      {@code urn:coalition:problem:link-import-…}
     * @param arguments the reason's values (names as written in the file, numbers as numbers)
     * @param detail    the reason as an English sentence
     */
    @Schema(name = "LinkImportRefusedRow", description = "A row of the file that was refused, and why")
    public record RefusedRow(int row, String from, String to, String type, List<Object> arguments, String detail) {}

    public static LinkImportRepresentation of(InfluenceImportService.Outcome outcome) {
        List<RefusedRow> refused = new ArrayList<>();
        for (LinkImport.Row row : outcome.report().rows()) {
            if (!row.accepted()) {
                refused.add(new RefusedRow(
                        row.rowNumber(),
                        row.from(),
                        row.to(),
                        Problem.type(problemType(row.refusal())),
                        arguments(row.refusal()),
                        row.refusal().english()));
            }
        }
        return new LinkImportRepresentation(
                outcome.stored(),
                outcome.imported(),
                outcome.report().accepted().size(),
                outcome.refused(),
                List.copyOf(refused));
    }

    /** A row's reason by name: {@code said.linkImport.twiceInFile} is {@code link-import-twice-in-file}. */
    static String problemType(Said reason) {
        if (!reason.key().startsWith(ROW_KEYS)) {
            throw new IllegalArgumentException("not a verdict on an imported row: " + reason.key());
        }
        String name = reason.key().substring(ROW_KEYS.length());
        return "link-import-" + name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static List<Object> arguments(Said reason) {
        List<Object> values = new ArrayList<>();
        for (Object value : reason.arguments()) {
            values.add(
                    value instanceof Enum<?> constant
                            ? constant.name()
                            : value instanceof Number ? value : String.valueOf(value));
        }
        return List.copyOf(values);
    }
}
