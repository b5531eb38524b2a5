package org.coalition.exchange;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which field each column of a file fills (or none: the column is ignored). Guessed from the header,
 * changed by the person importing; a field is filled from one column at most.
 */
public final class ColumnMapping implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<StakeholderField> fields;

    public ColumnMapping(List<StakeholderField> fields) {
        this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
    }

    /** Each header's field when its name suggests one not taken by an earlier column. */
    public static ColumnMapping guess(List<String> header) {
        return new ColumnMapping(ImportField.guess(StakeholderField.class, header));
    }

    /** The field of column {@code column} (0-based), empty when it is ignored. */
    public Optional<StakeholderField> field(int column) {
        return column < fields.size() ? Optional.ofNullable(fields.get(column)) : Optional.empty();
    }

    /** The column filling {@code field}, or -1. */
    public int column(StakeholderField field) {
        return fields.indexOf(field);
    }

    public List<StakeholderField> fields() {
        return fields;
    }

    /** What is wrong with this mapping as a whole (a field mapped twice, name or department unmapped); empty when fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<StakeholderField> seen = EnumSet.noneOf(StakeholderField.class);
        for (StakeholderField field : fields) {
            if (field != null && !seen.add(field)) {
                problems.add("The field \"" + field.header() + "\" is taken from two columns: choose one.");
            }
        }
        for (StakeholderField required : List.of(StakeholderField.NAME, StakeholderField.DEPARTMENT)) {
            if (!seen.contains(required)) {
                problems.add("Choose the column that holds the stakeholder's "
                        + required.header().toLowerCase() + ".");
            }
        }
        return problems;
    }
}
