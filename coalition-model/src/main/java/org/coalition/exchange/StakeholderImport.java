package org.coalition.exchange;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.Stance;

/**
 * Reads stakeholders from a table: each row becomes a {@link StakeholderDraft} and is checked with the
 * same Bean Validation rules as the stakeholder form, then against the register and the rows above it
 * for likely duplicates (same name and department). Empty optional cells take the form's defaults
 * (level manager, influence and interest 3, stance neutral).
 */
public final class StakeholderImport {

    /** More rows than this are refused as a whole: split the file. */
    public static final int MAX_ROWS = 20_000;

    private final Validator validator;
    private final Map<DuplicateKey, String> existing;
    private final Set<String> owners;

    /**
     * @param validator the Bean Validation validator (the form's rules)
     * @param existing  the register's stakeholders by duplicate key, with how to name them in a hint
     * @param owners    user names of the coalition's sponsors and members, who may own relationships
     */
    public StakeholderImport(Validator validator, Map<DuplicateKey, String> existing, Set<String> owners) {
        this.validator = validator;
        this.existing = existing;
        this.owners = owners;
    }

    public ImportReport check(Table table, ColumnMapping mapping) {
        List<String> problems = mapping.problems();
        if (!problems.isEmpty()) {
            throw new ExchangeException(String.join(" ", problems));
        }
        if (table.rows().size() > MAX_ROWS) {
            throw new ExchangeException("The file has " + table.rows().size() + " rows; at most " + MAX_ROWS
                    + " can be imported at once. Split it into smaller files.");
        }
        Map<DuplicateKey, Integer> seenInFile = new HashMap<>();
        List<RowReport> reports = new ArrayList<>(table.rows().size());
        for (int r = 0; r < table.rows().size(); r++) {
            int rowNumber = r + 2;
            List<Message> found = new ArrayList<>();
            StakeholderDraft draft = draft(table, r, mapping, found);
            for (ConstraintViolation<StakeholderDraft> v : validator.validate(draft)) {
                found.add(new Message(order(v.getPropertyPath().toString()), v.getMessage()));
            }
            // in the form's field order, so a row's messages read like the form from top to bottom
            List<String> messages = found.stream()
                    .sorted(Comparator.comparingInt(Message::order).thenComparing(Message::text))
                    .map(Message::text)
                    .distinct()
                    .toList();
            if (!messages.isEmpty()) {
                reports.add(new RowReport(rowNumber, RowStatus.INVALID, messages, null, draft));
                continue;
            }
            DuplicateKey key = DuplicateKey.of(draft.getName(), draft.getDepartment());
            String duplicateOf = null;
            if (existing.containsKey(key)) {
                duplicateOf = "Already in the register: " + existing.get(key);
            } else if (seenInFile.containsKey(key)) {
                duplicateOf = "Same name and department as row " + seenInFile.get(key);
            }
            seenInFile.putIfAbsent(key, rowNumber);
            reports.add(new RowReport(
                    rowNumber,
                    duplicateOf == null ? RowStatus.VALID : RowStatus.DUPLICATE,
                    List.of(),
                    duplicateOf,
                    draft));
        }
        return new ImportReport(reports);
    }

    private record Message(int order, String text) {}

    /** Collects a field's reading problems. */
    private record Messages(List<Message> all, StakeholderField field) {
        void add(String text) {
            all.add(new Message(field.ordinal(), text));
        }
    }

    private static int order(String property) {
        for (StakeholderField field : StakeholderField.values()) {
            if (field.name().replace("_", "").equalsIgnoreCase(property)) {
                return field.ordinal();
            }
        }
        return StakeholderField.values().length;
    }

    /** The row as a draft; cells that cannot be read add a message and leave the form's default. */
    private StakeholderDraft draft(Table table, int row, ColumnMapping mapping, List<Message> found) {
        StakeholderDraft draft = new StakeholderDraft();
        draft.setStanceReason("Imported from a file");
        for (int c = 0; c < table.width(); c++) {
            StakeholderField field = mapping.field(c).orElse(null);
            if (field == null) {
                continue;
            }
            String cell = table.cell(row, c).strip();
            Messages messages = new Messages(found, field);
            switch (field) {
                case NAME -> draft.setName(cell);
                case TITLE -> draft.setTitle(cell.isEmpty() ? null : cell);
                case DEPARTMENT -> draft.setDepartment(cell);
                case LEVEL -> {
                    if (!cell.isEmpty()) {
                        Level level = choice(Level.values(), cell, Level::label);
                        if (level == null) {
                            messages.add("Level \"" + cell + "\" is not one of: " + labels(Level.values(), Level::label)
                                    + ".");
                        } else {
                            draft.setLevel(level);
                        }
                    }
                }
                case INFLUENCE -> draft.setInfluence(rating(cell, "Influence", draft.getInfluence(), messages));
                case INTEREST -> draft.setInterest(rating(cell, "Interest", draft.getInterest(), messages));
                case RESOURCES -> draft.setResources(resources(cell, messages));
                case STANCE -> {
                    if (!cell.isEmpty()) {
                        Stance stance = choice(Stance.values(), cell, Stance::label);
                        if (stance == null) {
                            messages.add("Stance \"" + cell + "\" is not one of: "
                                    + labels(Stance.values(), Stance::label) + ".");
                        } else {
                            draft.setStance(stance);
                        }
                    }
                }
                case RELATIONSHIP_OWNER -> {
                    if (!cell.isEmpty()) {
                        if (owners.contains(cell)) {
                            draft.setRelationshipOwner(cell);
                        } else {
                            messages.add("The relationship owner \"" + cell
                                    + "\" is not a sponsor or member of this coalition (give their user name).");
                        }
                    }
                }
                case SSO_USERNAME -> draft.setSsoUsername(cell.isEmpty() ? null : cell);
                case NOTES -> draft.setNotes(cell.isEmpty() ? null : table.cell(row, c));
            }
        }
        return draft;
    }

    private static int rating(String cell, String what, int fallback, Messages messages) {
        if (cell.isEmpty()) {
            return fallback;
        }
        try {
            // spreadsheets may hand a whole number back as "4.0"
            double value = Double.parseDouble(cell.replace(',', '.'));
            if (value == Math.rint(value)) {
                return (int) value; // out-of-range values are left to the form's own @Min/@Max message
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        messages.add(what + " is rated from 1 to 5, not \"" + cell + "\".");
        return fallback;
    }

    private static Set<Resource> resources(String cell, Messages messages) {
        Set<Resource> resources = EnumSet.noneOf(Resource.class);
        for (String part : cell.split("[,;|/]")) {
            if (part.isBlank()) {
                continue;
            }
            Resource resource = choice(Resource.values(), part.strip(), Resource::label);
            if (resource == null) {
                messages.add("Resource \"" + part.strip() + "\" is not one of: "
                        + labels(Resource.values(), Resource::label) + ".");
            } else {
                resources.add(resource);
            }
        }
        return resources;
    }

    /** The constant whose label or name matches, ignoring case, spaces, hyphens and underscores. */
    private static <E extends Enum<E>> E choice(E[] values, String text, Function<E, String> label) {
        String key = StakeholderField.key(text);
        for (E value : values) {
            if (StakeholderField.key(label.apply(value)).equals(key)
                    || StakeholderField.key(value.name()).equals(key)) {
                return value;
            }
        }
        return null;
    }

    private static <E> String labels(E[] values, Function<E, String> label) {
        List<String> labels = new ArrayList<>();
        for (E value : values) {
            labels.add(label.apply(value).toLowerCase(Locale.ROOT));
        }
        return String.join(", ", labels);
    }
}
