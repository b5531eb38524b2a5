package org.coalition.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Comma-separated values through Apache Commons CSV, as RFC 4180 has them: fields in double quotes may
 * hold separators, line breaks and doubled quotes; lines end in CRLF or LF. What Commons CSV leaves to
 * us: a UTF-8 byte order mark is skipped (and written, so that Excel reads UTF-8), the separator is told
 * from the header line (Excel set to a European locale writes ';', some tools a tab), and no cell reaches
 * a spreadsheet as a formula ({@link FormulaGuard}).
 */
public final class Csv {

    private static final char BOM = '\uFEFF';

    /** What we write: ',' and CRLF, quotes only where a value needs them. */
    private static final CSVFormat WRITTEN = CSVFormat.RFC4180;

    private Csv() {}

    /**
     * Reads the whole text; the first record is the header. Blank lines are skipped, blanks around a
     * quoted field are layout, and the apostrophe {@link #write} puts before a formula sign is taken off.
     */
    public static Table read(String text) {
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(separator(text))
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (!cells.stream().allMatch(String::isBlank)) {
                    records.add(cells.stream().map(FormulaGuard::restore).toList());
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw unreadable(e);
        }
        if (records.isEmpty()) {
            throw new ExchangeException("The file is empty: it needs a header row and at least one row of data.");
        }
        return new Table(records.get(0).stream().map(String::strip).toList(), records.subList(1, records.size()));
    }

    private static ExchangeException unreadable(Exception e) {
        String reason = String.valueOf(e.getMessage());
        if (reason.contains("EOF reached before encapsulated token finished")) {
            return new ExchangeException("The file ends inside a quoted field: a closing \" is missing.");
        }
        return new ExchangeException("The file is not valid CSV: " + reason);
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
                    default -> {}
                }
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }

    /** Reads everything from the reader (see {@link #read(String)}): the separator needs the header line first. */
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

    /**
     * Writes as {@link #write(Table, Writer)} does, a row at a time, straight to {@code out}: a number
     * value as it is, any other value as text kept from running as a formula.
     */
    public static TableFile writer(Writer out) {
        return new TableFile() {
            private CSVPrinter printer;

            @Override
            public void header(List<String> header) {
                record(header.stream().map(h -> defuse(TableWriter.cell(h))).toList());
            }

            @Override
            public void row(Object... values) {
                List<String> cells = new ArrayList<>(values.length);
                for (Object value : values) {
                    cells.add(value instanceof Number ? String.valueOf(value) : defuse(TableWriter.cell(value)));
                }
                record(cells);
            }

            private void record(List<String> cells) {
                try {
                    if (printer == null) {
                        out.write(BOM);
                        printer = new CSVPrinter(out, WRITTEN);
                    }
                    printer.printRecord(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            /** Flushes; the stream stays open (it belongs to the caller). */
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
