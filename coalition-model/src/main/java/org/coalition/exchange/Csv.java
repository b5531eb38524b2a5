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

    /** Reads the whole text; the first record is the header. Blank lines are skipped. */
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

    private static void addRecord(List<List<String>> records, List<String> record) {
        boolean blank = record.stream().allMatch(String::isBlank);
        if (!blank) {
            records.add(record);
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
     * reads UTF-8. A cell starting with =, +, - or @ followed by a letter, or with a tab or carriage return,
     * gets a leading apostrophe: spreadsheets would otherwise run it as a formula.
     */
    public static void write(Table table, Writer out) {
        try {
            out.write(BOM);
            writeRecord(table.header(), out);
            for (List<String> row : table.rows()) {
                writeRecord(row, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRecord(List<String> cells, Writer out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(defuse(cells.get(i))));
        }
        out.write("\r\n");
    }

    /** Keeps spreadsheet programs from evaluating a cell as a formula (CSV injection). */
    static String defuse(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formulaLike = first == '=' || first == '@' || first == '\t' || first == '\r'
                || ((first == '+' || first == '-') && cell.length() > 1 && !Character.isDigit(cell.charAt(1)) && cell.charAt(1) != '.');
        return formulaLike ? "'" + cell : cell;
    }

    private static String quote(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || cell.indexOf(';') >= 0 || (!cell.isEmpty() && (cell.charAt(0) == ' ' || cell.charAt(cell.length() - 1) == ' '));
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
