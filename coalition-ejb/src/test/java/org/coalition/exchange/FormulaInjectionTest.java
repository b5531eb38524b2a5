package org.coalition.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exported text never reaches a spreadsheet as a formula (OWASP "CSV injection"), whatever it looks like;
 * numbers are numbers only in a number column, and an export read back in is what was exported.
 */
class FormulaInjectionTest {

    /** OWASP's payloads and their relatives: signs, a sign before a digit, blanks first, full-width signs. */
    static final List<String> PAYLOADS = List.of(
            "=1+2",
            "=cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "+1",
            "-1",
            "+2+3",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "=HYPERLINK(\"http://x\",\"y\")",
            "\t=1",
            "\r=1",
            "\tplain after a tab",
            " =1",
            "  -2+3",
            "\n=1",
            "\u00A0=1",
            "\uFF1D1+2",
            "\uFF0B1",
            "\uFF0D1",
            "\uFF20SUM(1)");

    /** A register as the export builds it: influence and interest are numbers, everything else text. */
    private static Table register() {
        Table.Builder table = new Table.Builder("Name", "Influence", "Interest", "Notes");
        int influence = 1;
        for (String payload : PAYLOADS) {
            table.row(payload, influence, 6 - influence, payload);
            influence = influence % 5 + 1;
        }
        return table.row("Kim Park", 5, null, "-3").build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "-2+3+cmd|' /C calc'!A0", "+1", "-1", "@x", "\t=1", "\r=1", " =1", "\uFF1D1"})
    void should_start_a_neutralised_text_with_an_apostrophe(String text) {
        assertEquals("'" + text, Csv.defuse(text));
        assertEquals(text, FormulaGuard.restore(Csv.defuse(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "Ann-Marie", "3 tasks", "2026-12-04", "a=b", "", " ", "'quoted"})
    void should_leave_a_text_alone_that_no_spreadsheet_runs(String text) {
        assertEquals(text, Csv.defuse(text));
        assertEquals(text, FormulaGuard.restore(text));
    }

    @Test
    void should_write_no_csv_cell_that_starts_a_formula() {
        StringWriter out = new StringWriter();
        Csv.write(register(), out);
        Table written = rawCsv(out.toString());
        for (int r = 0; r < written.rows().size(); r++) {
            for (int c : new int[] {0, 3}) {
                String cell = written.cell(r, c);
                assertTrue(
                        cell.isEmpty() || !FormulaGuard.startsFormula(cell), "row " + r + " column " + c + ": " + cell);
            }
        }
        assertEquals("'-2+3+cmd|' /C calc'!A0", written.cell(2, 0));
        assertEquals("'-3", written.cell(PAYLOADS.size(), 3), "a number-like text stays text");
    }

    @Test
    void should_write_numbers_only_in_number_columns_of_a_csv() {
        StringWriter out = new StringWriter();
        Csv.write(register(), out);
        Table written = rawCsv(out.toString());
        assertEquals("1", written.cell(0, 1));
        assertEquals("5", written.cell(0, 2));
        assertEquals("5", written.cell(PAYLOADS.size(), 1));
        assertEquals("", written.cell(PAYLOADS.size(), 2));
    }

    @Test
    void should_write_text_cells_and_number_cells_into_the_workbook_never_a_formula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write("Stakeholders", register(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertFalse(cell.getCellType() == CellType.FORMULA, "a formula at " + cell.getAddress());
                    if (cell.getCellType() == CellType.STRING) {
                        String text = cell.getStringCellValue();
                        assertFalse(FormulaGuard.startsFormula(text), cell.getAddress() + ": " + text);
                    }
                }
                if (row.getRowNum() > 0) {
                    assertEquals(CellType.STRING, row.getCell(0).getCellType());
                    assertEquals(CellType.NUMERIC, row.getCell(1).getCellType(), "influence is a number");
                    assertEquals(CellType.STRING, row.getCell(3).getCellType());
                }
            }
            assertEquals("'-2+3+cmd|' /C calc'!A0", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals(5.0, sheet.getRow(1).getCell(2).getNumericCellValue());
            assertEquals("'-3", sheet.getRow(PAYLOADS.size() + 1).getCell(3).getStringCellValue());
        }
    }

    @Test
    void should_read_back_what_it_exported_without_the_apostrophes() {
        Table register = register();
        StringWriter csv = new StringWriter();
        Csv.write(register, csv);
        assertEquals(register, Csv.read(csv.toString()));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Xlsx.write("Stakeholders", register, xlsx);
        assertEquals(register, ImportFile.read("register.xlsx", xlsx.toByteArray()));
    }

    @Test
    void should_decide_number_columns_by_the_values_given_not_by_their_look() {
        Table table = new Table.Builder("Count", "Code", "Mixed")
                .row(3, "-3", 1)
                .row(4L, "+4", "n/a")
                .build();
        assertEquals(Table.Kind.NUMBER, table.kind(0));
        assertEquals(Table.Kind.TEXT, table.kind(1));
        assertEquals(Table.Kind.TEXT, table.kind(2), "one text value makes a column text");
        assertEquals(Table.Kind.TEXT, Csv.read("Count\n3\n").kind(0), "a file read in has text columns");
    }

    /** The CSV's cells as written, apostrophes included (the reader would take them off). */
    private static Table rawCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = text.charAt(0) == '\uFEFF' ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return new Table(records.get(0), records.subList(1, records.size()));
    }
}
