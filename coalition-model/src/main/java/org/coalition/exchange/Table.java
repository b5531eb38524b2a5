package org.coalition.exchange;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A rectangle of text as files carry it: a header row and data rows, every cell a string (never null).
 * What import reads and export writes, whatever the format.
 */
public record Table(List<String> header, List<List<String>> rows) implements Serializable {

    public Table {
        header = List.copyOf(header.stream().map(Table::text).toList());
        rows = List.copyOf(rows.stream().map(r -> List.copyOf(r.stream().map(Table::text).toList())).toList());
    }

    public int width() {
        return header.size();
    }

    /** The cell, or "" when the row is shorter than the header. */
    public String cell(int row, int column) {
        List<String> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : "";
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** Collects rows of the same width as the header, for exports. */
    public static final class Builder {
        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();

        public Builder(String... header) {
            this.header = List.of(header);
        }

        public Builder(List<String> header) {
            this.header = List.copyOf(header);
        }

        /** Adds a row; values are written with {@code String.valueOf}, nulls as empty cells. */
        public Builder row(Object... values) {
            if (values.length != header.size()) {
                throw new IllegalArgumentException("A row of " + values.length + " cells for " + header.size() + " columns");
            }
            List<String> cells = new ArrayList<>(values.length);
            for (Object value : values) {
                cells.add(value == null ? "" : String.valueOf(value));
            }
            rows.add(cells);
            return this;
        }

        public Table build() {
            return new Table(header, rows);
        }
    }
}
