package org.coalition.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A table as a printable PDF (A4 landscape, Apache PDFBox): a title, the header row repeated on every
 * page, cells wrapped within their column. Characters the standard fonts cannot draw print as '?'.
 */
public final class Pdf {

    public static final String CONTENT_TYPE = "application/pdf";

    private static final float MARGIN = 36;
    private static final float FONT_SIZE = 8;
    private static final float LEADING = 10;
    private static final float PADDING = 3;

    private Pdf() {}

    public static void write(String title, Table table, OutputStream out) {
        try (TableFile file = writer(title, out)) {
            file.header(table.header());
            for (int r = 0; r < table.rows().size(); r++) {
                file.row(table.rows().get(r).toArray());
            }
        }
    }

    /**
     * Writes as {@link #write(String, Table, OutputStream)} does, a row at a time: the first
     * {@value #SAMPLE} rows are held to size the columns, then every row is drawn as it comes, and the
     * pages' content goes to a temporary file rather than the heap until {@link TableFile#close()}.
     */
    public static TableFile writer(String title, OutputStream out) {
        PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        Writer writer = new Writer(document, title);
        return new TableFile() {
            @Override
            public void header(List<String> header) {
                writer.header(header);
            }

            @Override
            public void row(Object... values) {
                List<String> cells = new ArrayList<>(values.length);
                for (Object value : values) {
                    cells.add(TableWriter.cell(value));
                }
                io(() -> writer.row(cells));
            }

            @Override
            public void close() {
                try (document) {
                    writer.finish();
                    document.save(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private interface Io {
        void run() throws IOException;
    }

    private static void io(Io work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many rows decide the column widths. */
    private static final int SAMPLE = 500;

    private static final class Writer {
        private final PDDocument document;
        private final String title;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final Map<Integer, Boolean> drawable = new HashMap<>();
        private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        private List<String> header = List.of();
        /** The first rows, until the column widths are known; then null. */
        private List<List<String>> sample = new ArrayList<>();

        private float[] widths;
        private PDPageContentStream content;
        private float y;
        private int pageNumber;

        Writer(PDDocument document, String title) {
            this.document = document;
            this.title = clean(title);
        }

        void header(List<String> header) {
            this.header = List.copyOf(header);
        }

        void row(List<String> cells) throws IOException {
            if (sample != null) {
                sample.add(cells);
                if (sample.size() >= SAMPLE) {
                    start();
                }
                return;
            }
            draw(cells);
        }

        void finish() throws IOException {
            if (sample != null) {
                start();
            }
            content.close();
        }

        /** Sizes the columns by the sample, then draws the first page and the rows held so far. */
        private void start() throws IOException {
            List<List<String>> held = sample;
            widths = columnWidths(held);
            sample = null;
            newPage();
            for (List<String> cells : held) {
                draw(cells);
            }
        }

        private int width() {
            return header.size();
        }

        private static String cell(List<String> row, int column) {
            return column < row.size() ? row.get(column) : "";
        }

        /**
         * Gives each column at least its longest word (so words are not cut when the page allows it), then
         * shares what is left by how much longer each column's texts are. The first rows decide.
         */
        private float[] columnWidths(List<List<String>> rows) {
            int n = Math.max(1, width());
            float available = size.getWidth() - 2 * MARGIN;
            float[] least = new float[n];
            float[] wish = new float[n];
            try {
                for (int c = 0; c < width(); c++) {
                    least[c] = measure(bold, header.get(c), true);
                    wish[c] = measure(bold, header.get(c), false);
                    for (List<String> row : rows) {
                        String cell = cell(row, c);
                        least[c] = Math.max(least[c], measure(regular, cell, true));
                        wish[c] = Math.max(wish[c], measure(regular, cell, false));
                    }
                    least[c] = Math.min(least[c] + 2 * PADDING, 110);
                    wish[c] = Math.max(least[c], Math.min(wish[c] + 2 * PADDING, 260));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            float leastSum = 0;
            for (int c = 0; c < n; c++) {
                leastSum += least[c];
            }
            float[] result = new float[n];
            if (leastSum >= available) {
                for (int c = 0; c < n; c++) {
                    result[c] = least[c] * available / leastSum;
                }
                return result;
            }
            // short columns get all they wish first; the long ones share what is left equally
            float remaining = available - leastSum;
            Integer[] byNeed = new Integer[n];
            for (int c = 0; c < n; c++) {
                byNeed[c] = c;
            }
            Arrays.sort(byNeed, (a, b) -> Float.compare(wish[a] - least[a], wish[b] - least[b]));
            for (int i = 0; i < n; i++) {
                int c = byNeed[i];
                float give = Math.min(wish[c] - least[c], remaining / (n - i));
                result[c] = least[c] + give;
                remaining -= give;
            }
            for (int c = 0; c < n; c++) {
                result[c] += remaining / n;
            }
            return result;
        }

        /** The width of the text (or of its longest word) in points. */
        private float measure(PDFont font, String text, boolean longestWord) throws IOException {
            String cleaned = clean(text);
            float widest = 0;
            for (String line : cleaned.split("\\R")) {
                if (longestWord) {
                    for (String word : line.split(" ")) {
                        widest = Math.max(widest, width(font, word));
                    }
                } else {
                    widest = Math.max(widest, width(font, line));
                }
            }
            return widest;
        }

        private void draw(List<String> row) throws IOException {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < width(); c++) {
                List<String> wrapped = wrap(clean(cell(row, c)), regular, widths[c] - 2 * PADDING);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float height = lines * LEADING + 2 * PADDING;
            if (y - height < MARGIN) {
                newPage();
            }
            drawRow(cells, regular, height);
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(size);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            pageNumber++;
            y = size.getHeight() - MARGIN;
            text(bold, 12, MARGIN, y - 12, title + (pageNumber > 1 ? " (page " + pageNumber + ")" : ""));
            y -= 24;
            List<List<String>> headings = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < width(); c++) {
                List<String> wrapped = wrap(clean(header.get(c)), bold, widths[c] - 2 * PADDING);
                headings.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            drawRow(headings, bold, lines * LEADING + 2 * PADDING);
        }

        private void drawRow(List<List<String>> cells, PDFont font, float height) throws IOException {
            float x = MARGIN;
            for (int c = 0; c < cells.size(); c++) {
                content.setLineWidth(0.3f);
                content.addRect(x, y - height, widths[c], height);
                content.stroke();
                float lineY = y - PADDING - FONT_SIZE;
                for (String line : cells.get(c)) {
                    text(font, FONT_SIZE, x + PADDING, lineY, line);
                    lineY -= LEADING;
                }
                x += widths[c];
            }
            y -= height;
        }

        private void text(PDFont font, float fontSize, float x, float atY, String text) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(font, fontSize);
            content.newLineAtOffset(x, atY);
            content.showText(text);
            content.endText();
        }

        /** Word-wraps to the width; words longer than a line are cut; line breaks in the text are kept. */
        private List<String> wrap(String text, PDFont font, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\\R", -1)) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (width(font, candidate) <= width) {
                        line.setLength(0);
                        line.append(candidate);
                        continue;
                    }
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    String rest = word;
                    while (width(font, rest) > width && rest.length() > 1) {
                        int cut = rest.length() - 1;
                        while (cut > 1 && width(font, rest.substring(0, cut)) > width) {
                            cut--;
                        }
                        lines.add(rest.substring(0, cut));
                        rest = rest.substring(cut);
                    }
                    line.append(rest);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        private float width(PDFont font, String text) throws IOException {
            return font.getStringWidth(text) / 1000 * FONT_SIZE;
        }

        /** Replaces what WinAnsi Helvetica cannot draw (and control characters) with '?'. */
        private String clean(String text) {
            StringBuilder cleaned = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (cp == '\n') {
                    cleaned.append('\n');
                } else if (cp == '\t' || cp == '\r') {
                    cleaned.append(' ');
                } else if (Character.isISOControl(cp)) {
                    cleaned.append('?');
                } else if (drawable.computeIfAbsent(cp, this::canDraw)) {
                    cleaned.appendCodePoint(cp);
                } else {
                    cleaned.append('?');
                }
            });
            return cleaned.toString();
        }

        private boolean canDraw(int codePoint) {
            try {
                String s = new String(Character.toChars(codePoint));
                regular.encode(s);
                bold.encode(s);
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
