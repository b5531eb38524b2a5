package org.coalition.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetAndPdfTest {

    private static final Table SAMPLE = new Table.Builder("Name", "Department", "Influence", "Notes")
            .row("Ann Lee", "Sales", 4, "=1+1 stays text")
            .row("Jürgen Groß", "Finance", 2, "two\nlines")
            .build();

    @Test
    void should_read_back_the_workbook_it_writes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write("Stakeholders", SAMPLE, out);
        assertEquals(SAMPLE, Xlsx.read(new ByteArrayInputStream(out.toByteArray())));
        assertEquals(SAMPLE, ImportFile.read("register.xlsx", out.toByteArray()));
    }

    @Test
    void should_read_numbers_as_excel_shows_them() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("People");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Name");
            header.createCell(1).setCellValue("Influence");
            var row = sheet.createRow(2); // a blank row in between is skipped
            row.createCell(0).setCellValue("Kim");
            row.createCell(1).setCellValue(4.0);
            workbook.write(out);
        }
        Table table = Xlsx.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(List.of(List.of("Kim", "4")), table.rows());
    }

    @Test
    void should_refuse_what_is_no_workbook() {
        ExchangeException e = assertThrows(
                ExchangeException.class,
                () -> ImportFile.read("people.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains(".xlsx"));
        assertThrows(ExchangeException.class, () -> ImportFile.read("people.xls", new byte[] {1, 2}));
    }

    @Test
    void should_read_csv_in_utf8_or_windows_1252() {
        byte[] ansi = "Name;Department\nJürgen;Finance\n".getBytes(Charset.forName("windows-1252"));
        assertEquals("Jürgen", ImportFile.read("people.csv", ansi).cell(0, 0));
        byte[] utf8 = "Name,Department\nJürgen,Finance\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("Jürgen", ImportFile.read("people.csv", utf8).cell(0, 0));
    }

    @Test
    void should_print_every_cell_into_the_pdf_over_several_pages() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(
                    List.of("Person " + i, "Dept " + (i % 7), String.valueOf(i % 5 + 1), i == 60 ? "日本 and €uro" : ""));
        }
        Table table = new Table(SAMPLE.header(), rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pdf.write("Stakeholder register", table, out);
        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            assertTrue(pdf.getNumberOfPages() > 1, "120 rows need more than one page");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Stakeholder register"));
            assertTrue(text.contains("Person 1\n") || text.contains("Person 1 "), text.substring(0, 300));
            assertTrue(text.contains("Person 120"));
            assertTrue(text.contains("?? and €uro"), "characters the font lacks print as ?");
        }
    }

    @Test
    void should_not_cut_short_values_when_many_columns_share_the_page() throws Exception {
        List<String> header = List.of(
                "Name",
                "Title",
                "Level",
                "Department",
                "Influence",
                "Interest",
                "Resources",
                "Stance",
                "Relationship owner",
                "SSO user name",
                "Notes",
                "Stance since",
                "Stance verified",
                "Last one-on-one");
        List<String> row = List.of(
                "Lars Berg",
                "Manager",
                "Manager",
                "Engineering",
                "2",
                "3",
                "Budget; Data",
                "Supporter",
                "bob",
                "",
                "A long note that may wrap over several lines without any trouble at all",
                "2026-11-24",
                "assumed",
                "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pdf.write("Stakeholder register", new Table(header, List.of(row)), out);
        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            for (String value : List.of(
                    "Lars Berg", "Manager", "Engineering", "Supporter", "Department", "Influence", "Resources")) {
                assertTrue(text.contains(value), value + " in:\n" + text);
            }
        }
    }
}
