package org.coalition.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Files written a row at a time, as exports stream them: the same file a whole table gives. */
class TableFileTest {

    private static final List<String> HEADER = List.of("Name", "Influence", "Notes");

    private static byte[] streamed(ExportFormat format, int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableFile file = format.open("Register", out)) {
            file.header(HEADER);
            for (int i = 1; i <= rows; i++) {
                file.row("Person " + i, i % 5 + 1, i == 1 ? "=1+1 stays text" : null);
            }
        }
        return out.toByteArray();
    }

    @Test
    void should_write_csv_and_xlsx_row_by_row_that_read_back_whole() {
        for (ExportFormat format : List.of(ExportFormat.CSV, ExportFormat.XLSX)) {
            Table table = ImportFile.read("register." + format.extension(), streamed(format, 1_200));
            assertEquals(HEADER, table.header(), format.name());
            assertEquals(1_200, table.rows().size(), format.name());
            assertEquals(
                    List.of("Person 1", "2", "=1+1 stays text"), table.rows().get(0), format.name());
            assertEquals("Person 1200", table.cell(1_199, 0), format.name());
        }
        String csv = new String(streamed(ExportFormat.CSV, 1), StandardCharsets.UTF_8);
        assertTrue(csv.contains("'=1+1 stays text"), "a formula stays text: " + csv);
    }

    @Test
    void should_write_a_pdf_of_more_rows_than_size_the_columns() throws Exception {
        try (var pdf = Loader.loadPDF(streamed(ExportFormat.PDF, 1_200))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Person 1\n") || text.contains("Person 1 "), "the first row");
            assertTrue(text.contains("Person 1200"), "the last row, long after the first 500");
            assertTrue(pdf.getNumberOfPages() > 10, pdf.getNumberOfPages() + " pages");
        }
    }
}
