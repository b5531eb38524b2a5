package org.coalition.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 has them: fields in double quotes may hold separators, line breaks
 * and doubled quotes; lines end in CRLF or LF. A UTF-8 byte order mark is skipped. The separator is
 * told from the header line: Excel set to a European locale writes ';', some tools a tab.
 */
public final class Csv {

    private static final char BOM = '\uFEFF';

    private Csv() {
    }

    /**
     * Reads the whole text; the first record is the header. Blank lines are skipped, and the apostrophe
     * {@link #write} puts before a formula sign is taken off.
     */
    public static Table read(String text) {
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        char separator = separator(text);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && !fieldStarted && field.toString().isBlank()) {
                field.setLength(0); // spaces before an opening quote are layout, not content
                quoted = true;
                fieldStarted = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                addRecord(records, record);
                record = new ArrayList<>();
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new ExchangeException("The file ends inside a quoted field: a closing \" is missing.");
        }
        if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            addRecord(records, record);
        }
        if (records.isEmpty()) {
            throw new ExchangeException("The file is empty: it needs a header row and at least one row of data.");
        }
        return new Table(records.get(0).stream().map(String::strip).toList(), records.subList(1, records.size()));
    }

    /** Adds a record unless it is blank, each cell without the apostrophe an export put before a formula sign. */
    private static void addRecord(List<List<String>> records, List<String> record) {
        boolean blank = record.stream().allMatch(String::isBlank);
        if (!blank) {
            records.add(record.stream().map(FormulaGuard::restore).toList());
        }
    }

    /** The separator of the first line: whichever of , ; and tab occurs most often outside quotes (',' on a tie). */
    static char separator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> comma++;
                    case ';' -> semicolon++;
                    case '\t' -> tab++;
                    default -> { }
                }
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }

    /** Reads everything from the reader (see {@link #read(String)}). */
    public static Table read(Reader reader) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int read; (read = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, read);
            }
            return read(text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the table with ',' and CRLF, quoting where needed, after a byte order mark so that Excel
     * reads UTF-8. Numbers are written as such only in a {@link Table.Kind#NUMBER} column; a text cell that
     * a spreadsheet would run as a formula gets a leading apostrophe ({@link FormulaGuard}).
     */
    public static void write(Table table, Writer out) {
        try (TableFile file = writer(out)) {
            table.writeTo(file);
        }
    }

    /** A text cell as written: spreadsheet programs must not evaluate it as a formula (CSV injection). */
    static String defuse(String cell) {
        return FormulaGuard.neutralise(cell);
    }

    private static String quote(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || cell.indexOf(';') >= 0 || (!cell.isEmpty() && (cell.charAt(0) == ' ' || cell.charAt(cell.length() - 1) == ' '));
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /**
     * Writes as {@link #write(Table, Writer)} does, a row at a time, straight to {@code out}: a number
     * value as it is, any other value as text kept from running as a formula.
     */
    public static TableFile writer(Writer out) {
        return new TableFile() {
            @Override
            public void header(List<String> header) {
                record(header.stream().map(h -> quote(defuse(TableWriter.cell(h)))).toList());
            }

            @Override
            public void row(Object... values) {
                List<String> cells = new ArrayList<>(values.length);
                for (Object value : values) {
                    cells.add(value instanceof Number ? quote(String.valueOf(value)) : quote(defuse(TableWriter.cell(value))));
                }
                record(cells);
            }

            private boolean started;

            private void record(List<String> written) {
                try {
                    if (!started) {
                        out.write(BOM);
                        started = true;
                    }
                    out.write(String.join(",", written));
                    out.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
