package org.coalition.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private Pdf() {
    }

    public static void write(String title, Table table, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            new Writer(document, title, table).write();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {
        private final PDDocument document;
        private final String title;
        private final Table table;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final Map<Integer, Boolean> drawable = new HashMap<>();
        private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        private final float[] widths;
        private PDPageContentStream content;
        private float y;
        private int pageNumber;

        Writer(PDDocument document, String title, Table table) {
            this.document = document;
            this.title = clean(title);
            this.table = table;
            this.widths = columnWidths();
        }

        /** Shares the width by each column's longest text (header included), at least 5 % each. */
        private float[] columnWidths() {
            int n = Math.max(1, table.width());
            float available = size.getWidth() - 2 * MARGIN;
            double[] weight = new double[n];
            for (int c = 0; c < table.width(); c++) {
                int longest = table.header().get(c).length();
                for (int r = 0; r < table.rows().size(); r++) {
                    longest = Math.max(longest, Math.min(60, table.cell(r, c).length()));
                }
                weight[c] = Math.max(4, longest);
            }
            double total = 0;
            for (double w : weight) {
                total += w;
            }
            float[] result = new float[n];
            float minimum = available * 0.05f;
            float sum = 0;
            for (int c = 0; c < n; c++) {
                result[c] = Math.max(minimum, (float) (available * weight[c] / total));
                sum += result[c];
            }
            for (int c = 0; c < n; c++) {
                result[c] = result[c] * available / sum;
            }
            return result;
        }

        void write() throws IOException {
            newPage();
            for (int r = 0; r < table.rows().size(); r++) {
                List<List<String>> cells = new ArrayList<>();
                int lines = 1;
                for (int c = 0; c < table.width(); c++) {
                    List<String> wrapped = wrap(clean(table.cell(r, c)), regular, widths[c] - 2 * PADDING);
                    cells.add(wrapped);
                    lines = Math.max(lines, wrapped.size());
                }
                float height = lines * LEADING + 2 * PADDING;
                if (y - height < MARGIN) {
                    newPage();
                }
                drawRow(cells, regular, height);
            }
            content.close();
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
            List<List<String>> header = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < table.width(); c++) {
                List<String> wrapped = wrap(clean(table.header().get(c)), bold, widths[c] - 2 * PADDING);
                header.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            drawRow(header, bold, lines * LEADING + 2 * PADDING);
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
