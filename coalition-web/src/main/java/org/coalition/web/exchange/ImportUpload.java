package org.coalition.web.exchange;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.coalition.exchange.ExchangeException;
import org.coalition.exchange.ImportField;
import org.coalition.exchange.ImportFile;
import org.coalition.exchange.Table;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * The steps every import page takes with a file before its own checks: the upload, read into a table (CSV or
 * Excel), its columns with the field each fills (guessed from the header, then changed by the person) and the first
 * rows as a preview. Stakeholders and influence links are imported the same way, so each page holds one of these
 * instead of writing the steps again; what is checked and stored stays with the page.
 *
 * @param <F> the fields a column can fill
 * @param <C> the page's column: a subclass naming {@code F}, so the page's field menu converts to that enum
 */
public final class ImportUpload<F extends Enum<F> & ImportField, C extends ImportUpload.Column<F>>
        implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PREVIEW_ROWS = 5;

    private final Class<F> fieldType;
    private final Columns<F, C> newColumn;

    private transient UploadedFile file;
    private String fileName;
    private Table table;
    private List<C> columns = List.of();

    /** Makes the page's column; serializable, as the view that holds the upload is. */
    @FunctionalInterface
    public interface Columns<F, C> extends Serializable {
        C column(int index, String header, String example, F field);
    }

    /** One column of the file, with the field it fills (null: ignored). */
    public static class Column<F> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int index;
        private final String header;
        private final String example;
        private F field;

        protected Column(int index, String header, String example, F field) {
            this.index = index;
            this.header = header;
            this.example = example;
            this.field = field;
        }

        public int getIndex() {
            return index;
        }

        public String getHeader() {
            return header;
        }

        public String getExample() {
            return example;
        }

        public F getField() {
            return field;
        }

        public void setField(F field) {
            this.field = field;
        }
    }

    /**
     * @param fieldType the fields a column can fill, guessed from the header
     * @param newColumn the page's column, e.g. {@code Column::new}
     */
    public ImportUpload(Class<F> fieldType, Columns<F, C> newColumn) {
        this.fieldType = fieldType;
        this.newColumn = newColumn;
    }

    /**
     * Reads the uploaded file and guesses its columns.
     *
     * @return whether there is a new table to map and check; if not, a message says why and the last one stays
     */
    public boolean read() {
        String problem = read(file, I18n::text);
        if (problem != null) {
            Messages.error(problem);
            return false;
        }
        return true;
    }

    /**
     * Reads {@code upload}: null once its table and guessed columns are here, otherwise why not (nothing changes).
     *
     * @param texts the page text of a key, in the view's language
     */
    String read(UploadedFile upload, UnaryOperator<String> texts) {
        if (upload == null || upload.getSize() == 0) {
            return texts.apply("io.import.noFile");
        }
        try {
            Table read = ImportFile.read(upload.getFileName(), upload.getContent());
            if (read.rows().isEmpty()) {
                return texts.apply("io.import.noRows");
            }
            table = read;
            fileName = upload.getFileName();
            List<F> guess = ImportField.guess(fieldType, table.header());
            List<C> list = new ArrayList<>();
            for (int c = 0; c < table.width(); c++) {
                list.add(newColumn.column(c, table.header().get(c), table.cell(0, c), guess.get(c)));
            }
            columns = list;
            return null;
        } catch (ExchangeException e) {
            return e.getMessage();
        }
    }

    /** Each column's field as the person left it, in file order (null: ignored). */
    public List<F> fields() {
        return columns.stream().map(Column::getField).toList();
    }

    /** The first rows, to show under the header. */
    public List<List<String>> getPreview() {
        return table == null
                ? List.of()
                : table.rows().subList(0, Math.min(PREVIEW_ROWS, table.rows().size()));
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public Table getTable() {
        return table;
    }

    public List<C> getColumns() {
        return columns;
    }
}
