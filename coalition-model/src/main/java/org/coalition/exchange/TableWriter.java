package org.coalition.exchange;

import java.util.List;

/**
 * Takes a table a row at a time, so that an export never holds all of its rows: the header first, then
 * the rows in order. Values are written with {@code String.valueOf}, nulls as empty cells.
 */
public interface TableWriter {

    void header(List<String> header);

    void row(Object... values);

    /** The value as a cell: "" for null. */
    static String cell(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
