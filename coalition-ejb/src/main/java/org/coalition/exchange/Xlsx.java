package org.coalition.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Excel workbooks (.xlsx) through Apache POI: the first sheet in, one sheet out. */
public final class Xlsx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Xlsx() {}

    /**
     * The first sheet as text, each cell as Excel shows it (numbers without a trailing ".0", dates in
     * the cell's format, formulas by their cached value). The first non-empty row is the header. The
     * apostrophe {@link #write} puts before a formula sign is taken off.
     */
    public static Table read(InputStream in) {
        try (Workbook workbook = WorkbookFactory.create(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ExchangeException("The workbook has no sheet.");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<List<String>> records = new ArrayList<>();
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && r >= 0; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : FormulaGuard.restore(formatter.formatCellValue(cell, evaluator)));
                    }
                }
                if (!cells.stream().allMatch(String::isBlank)) {
                    records.add(cells);
                }
            }
            if (records.isEmpty()) {
                throw new ExchangeException(
                        "The first sheet is empty: it needs a header row and at least one row of data.");
            }
            return new Table(records.get(0).stream().map(String::strip).toList(), records.subList(1, records.size()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExchangeException known) {
                throw known;
            }
            throw new ExchangeException("This is not a readable Excel workbook (.xlsx).", e);
        }
    }

    /**
     * Writes one sheet with a bold header row. Only a {@link Table.Kind#NUMBER} column holds number cells;
     * every other cell is a string cell (never a formula), its text neutralised as in CSV, so the sheet
     * saved again as CSV by Excel stays harmless.
     */
    public static void write(String sheetName, Table table, OutputStream out) {
        try (TableFile file = writer(sheetName, out)) {
            table.writeTo(file);
        }
    }

    /**
     * Writes as {@link #write(String, Table, OutputStream)} does, a row at a time: POI's streaming
     * workbook keeps 200 rows in memory and the rest in a temporary file until {@link TableFile#close()}.
     */
    public static TableFile writer(String sheetName, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        Sheet sheet = workbook.createSheet(safeSheetName(sheetName));
        return new TableFile() {
            private int rows;

            @Override
            public void header(List<String> header) {
                CellStyle bold = workbook.createCellStyle();
                Font font = workbook.createFont();
                font.setBold(true);
                bold.setFont(font);
                Row row = sheet.createRow(rows++);
                for (int c = 0; c < header.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(TableWriter.cell(header.get(c)));
                    cell.setCellStyle(bold);
                }
                sheet.createFreezePane(0, 1);
            }

            @Override
            public void row(Object... values) {
                Row row = sheet.createRow(rows++);
                for (int c = 0; c < values.length; c++) {
                    // a number value is a number cell; anything else a string cell, never a formula
                    if (values[c] instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(Csv.defuse(TableWriter.cell(values[c])));
                    }
                }
            }

            @Override
            public void close() {
                try {
                    workbook.write(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    workbook.dispose();
                    try {
                        workbook.close();
                    } catch (IOException ignored) {
                        // nothing left to release
                    }
                }
            }
        };
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return cleaned.isEmpty() ? "Sheet1" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}
