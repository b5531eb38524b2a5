package org.coalition.exchange;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** The formats a table can be downloaded in. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX(Xlsx.CONTENT_TYPE, "xlsx"),
    PDF(Pdf.CONTENT_TYPE, "pdf");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** Writes the table; {@code title} heads the PDF and names the sheet. */
    public void write(String title, Table table, OutputStream out) {
        switch (this) {
            case CSV -> Csv.write(table, new OutputStreamWriter(out, StandardCharsets.UTF_8));
            case XLSX -> Xlsx.write(title, table, out);
            case PDF -> Pdf.write(title, table, out);
        }
    }

    /** A file in this format written a row at a time as the rows come; {@code title} heads the PDF and names the sheet. */
    public TableFile open(String title, OutputStream out) {
        return switch (this) {
            case CSV -> Csv.writer(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
            case XLSX -> Xlsx.writer(title, out);
            case PDF -> Pdf.writer(title, out);
        };
    }
}
