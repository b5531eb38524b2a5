package org.coalition.web.exchange;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;

import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.exchange.ColumnMapping;
import org.coalition.exchange.ExchangeException;
import org.coalition.exchange.ImportFile;
import org.coalition.exchange.ImportOutcome;
import org.coalition.exchange.ImportProgress;
import org.coalition.exchange.ImportReport;
import org.coalition.exchange.RowReport;
import org.coalition.exchange.RowStatus;
import org.coalition.exchange.StakeholderField;
import org.coalition.exchange.StakeholderImportService;
import org.coalition.exchange.Table;
import org.coalition.platform.BusinessException;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;

/**
 * Importing stakeholders from a CSV or Excel file: upload, preview, map columns to fields, read the
 * report row by row, then import the valid rows (or, when chosen, all or nothing). The import runs
 * in the background in one transaction; the page polls its progress.
 */
@Named
@ViewScoped
public class ImportStakeholdersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ImportStakeholdersView.class.getName());
    private static final int PREVIEW_ROWS = 5;

    @EJB
    private StakeholderImportService imports;

    @EJB
    private CoalitionService coalitions;

    private Long id;
    private CoalitionOverview coalition;

    private transient UploadedFile file;
    private String fileName;
    private Table table;
    private List<Column> columns = List.of();
    private ImportReport report;
    private boolean allOrNothing;
    private boolean includeDuplicates;
    private boolean onlyProblems;

    private ImportProgress progress;
    private transient Future<ImportOutcome> running;
    private ImportOutcome outcome;

    /** One column of the file, with the field it fills (null: ignored). */
    public static final class Column implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int index;
        private final String header;
        private final String example;
        private StakeholderField field;

        Column(int index, String header, String example, StakeholderField field) {
            this.index = index;
            this.header = header;
            this.example = example;
            this.field = field;
        }

        public int getIndex() { return index; }
        public String getHeader() { return header; }
        public String getExample() { return example; }
        public StakeholderField getField() { return field; }
        public void setField(StakeholderField field) { this.field = field; }
    }

    public void load() {
        coalition = coalitions.heading(id);
    }

    /** Reads the uploaded file, guesses the mapping and checks every row. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error(text("io.import.noFile"));
            return;
        }
        try {
            Table read = ImportFile.read(file.getFileName(), file.getContent());
            if (read.rows().isEmpty()) {
                Messages.error(text("io.import.noRows"));
                return;
            }
            table = read;
            fileName = file.getFileName();
            ColumnMapping guess = ColumnMapping.guess(table.header());
            List<Column> list = new ArrayList<>();
            for (int c = 0; c < table.width(); c++) {
                list.add(new Column(c, table.header().get(c), table.cell(0, c), guess.field(c).orElse(null)));
            }
            columns = list;
            outcome = null;
            check();
        } catch (ExchangeException e) {
            Messages.error(e.getMessage());
        }
    }

    /** Checks every row with the current mapping (after the person changed it). */
    public void check() {
        report = null;
        List<StakeholderField> fields = columns.stream().map(Column::getField).toList();
        ColumnMapping mapping = new ColumnMapping(fields);
        if (!mapping.problems().isEmpty()) {
            mapping.problems().forEach(Messages::error);
            return;
        }
        Messages.attempt(() -> report = imports.check(id, table, mapping), null);
    }

    /** Starts the import in the background; {@link #poll} follows it. */
    public void start() {
        check();
        if (report == null) {
            return;
        }
        progress = new ImportProgress();
        progress.start(report.importable(includeDuplicates).size()); // shown before the service starts
        outcome = null;
        ColumnMapping mapping = new ColumnMapping(columns.stream().map(Column::getField).toList());
        running = imports.importInBackground(id, table, mapping, allOrNothing, includeDuplicates, progress);
    }

    /** Called by the page's poll: shows the result once the import is over. */
    public void poll() {
        if (running == null || !running.isDone()) {
            return;
        }
        try {
            // the page shows the outcome below the report
            outcome = running.get();
            report = outcome.report();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e.getCause();
            if (cause instanceof BusinessException business) {
                Messages.error(I18n.refusal(business));
            } else {
                LOG.log(Level.SEVERE, "Import into coalition " + id + " failed", e);
                Messages.error(text("io.import.failed"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running = null;
            PrimeFaces.current().executeScript("if (PF('importPoll')) { PF('importPoll').stop(); }");
        }
    }

    public boolean isRunning() {
        return running != null;
    }

    public int getPercent() {
        return progress == null ? 0 : progress.percent();
    }

    public String getProgressText() {
        return progress == null ? "" : MessageFormat.format(text("io.import.progress"), progress.done(), progress.total());
    }

    public List<List<String>> getPreview() {
        return table == null ? List.of() : table.rows().subList(0, Math.min(PREVIEW_ROWS, table.rows().size()));
    }

    public List<RowReport> getReportRows() {
        if (report == null) {
            return List.of();
        }
        return onlyProblems ? report.rows().stream().filter(r -> r.status() != RowStatus.VALID).toList() : report.rows();
    }

    public long count(String status) {
        return report == null ? 0 : report.count(RowStatus.valueOf(status));
    }

    public String statusLabel(RowStatus status) {
        return text("io.import.status." + status.name());
    }

    public StakeholderField[] getFields() {
        return StakeholderField.values();
    }

    /** What the access table lets the viewer do here; pages name the action as {@code CoalitionAction.X} (o:importConstants). */
    public boolean may(CoalitionAction action) {
        return coalition != null && coalition.may(action);
    }

    private static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle("org.coalition.web.Pages", context.getViewRoot().getLocale()).getString(key);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CoalitionOverview getCoalition() { return coalition; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public String getFileName() { return fileName; }
    public Table getTable() { return table; }
    public List<Column> getColumns() { return columns; }
    public ImportReport getReport() { return report; }
    public ImportOutcome getOutcome() { return outcome; }
    public boolean isAllOrNothing() { return allOrNothing; }
    public void setAllOrNothing(boolean allOrNothing) { this.allOrNothing = allOrNothing; }
    public boolean isIncludeDuplicates() { return includeDuplicates; }
    public void setIncludeDuplicates(boolean includeDuplicates) { this.includeDuplicates = includeDuplicates; }
    public boolean isOnlyProblems() { return onlyProblems; }
    public void setOnlyProblems(boolean onlyProblems) { this.onlyProblems = onlyProblems; }
}
