package org.coalition.exchange;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A rectangle of text as files carry it: a header row and data rows, every cell a string (never null).
 * What import reads and export writes, whatever the format. Each column has a {@link Kind}: only a
 * {@link Kind#NUMBER} column is written as numbers; everything else is text, kept from running as a
 * formula ({@link FormulaGuard}).
 */
public record Table(List<String> header, List<List<String>> rows, List<Kind> kinds) implements Serializable {

    /** How a column's cells are written to a spreadsheet. */
    public enum Kind {
        /** Text, whatever it looks like: "-3" in a notes column stays the text "-3". */
        TEXT,
        /** Numbers (an influence from 1 to 5, a count): written as numbers. */
        NUMBER
    }

    public Table {
        header = List.copyOf(header.stream().map(Table::text).toList());
        rows = List.copyOf(rows.stream()
                .map(r -> List.copyOf(r.stream().map(Table::text).toList()))
                .toList());
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        if (!kinds.isEmpty() && kinds.size() != header.size()) {
            throw new IllegalArgumentException(kinds.size() + " column kinds for " + header.size() + " columns");
        }
    }

    /** A table of text columns, as a file read in has them. */
    public Table(List<String> header, List<List<String>> rows) {
        this(header, rows, List.of());
    }

    public int width() {
        return header.size();
    }

    /** The cell, or "" when the row is shorter than the header. */
    public String cell(int row, int column) {
        List<String> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : "";
    }

    /** The column's kind; {@link Kind#TEXT} unless the table was built with numbers in it. */
    public Kind kind(int column) {
        return kinds.isEmpty() ? Kind.TEXT : kinds.get(column);
    }

    /**
     * The cell as a value for a {@link TableWriter}: a number in a {@link Kind#NUMBER} column (when the
     * cell holds one), otherwise the text, which the writers keep from running as a formula.
     */
    public Object value(int row, int column) {
        String cell = cell(row, column);
        return kind(column) == Kind.NUMBER && FormulaGuard.isPlainNumber(cell) ? new BigDecimal(cell) : cell;
    }

    /** Writes the header, then every row, each cell as {@link #value(int, int)}. */
    public void writeTo(TableWriter out) {
        out.header(header);
        for (int r = 0; r < rows.size(); r++) {
            Object[] values = new Object[width()];
            for (int c = 0; c < values.length; c++) {
                values[c] = value(r, c);
            }
            out.row(values);
        }
    }

    /**
     * Tables are equal when they hold the same text: the kinds say how a file writes the cells, and a file
     * read back does not say them (an export and its import are the same table).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Table that && header.equals(that.header) && rows.equals(that.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(header, rows);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /**
     * Collects rows of the same width as the header, for exports. A column whose values are all
     * {@link Number}s (nulls aside) is a {@link Kind#NUMBER} column; one text value makes it text.
     */
    public static final class Builder {
        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();
        private final boolean[] numbers;
        private final boolean[] texts;

        public Builder(String... header) {
            this(List.of(header));
        }

        public Builder(List<String> header) {
            this.header = List.copyOf(header);
            this.numbers = new boolean[header.size()];
            this.texts = new boolean[header.size()];
        }

        /** Adds a row; values are written with {@code String.valueOf}, nulls as empty cells. */
        public Builder row(Object... values) {
            if (values.length != header.size()) {
                throw new IllegalArgumentException(
                        "A row of " + values.length + " cells for " + header.size() + " columns");
            }
            List<String> cells = new ArrayList<>(values.length);
            for (int c = 0; c < values.length; c++) {
                Object value = values[c];
                if (value instanceof Number) {
                    numbers[c] = true;
                } else if (value != null) {
                    texts[c] = true;
                }
                cells.add(value == null ? "" : String.valueOf(value));
            }
            rows.add(cells);
            return this;
        }

        public Table build() {
            List<Kind> kinds = new ArrayList<>(Collections.nCopies(header.size(), Kind.TEXT));
            for (int c = 0; c < header.size(); c++) {
                if (numbers[c] && !texts[c]) {
                    kinds.set(c, Kind.NUMBER);
                }
            }
            return new Table(header, rows, kinds);
        }
    }
}
