package org.coalition.web.exchange;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.exchange.ColumnMapping;
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
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;

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

    @EJB
    private StakeholderImportService imports;

    @EJB
    private CoalitionService coalitions;

    private Long id;
    private CoalitionOverview coalition;

    private final ImportUpload<StakeholderField, Column> upload =
            new ImportUpload<>(StakeholderField.class, Column::new);
    private ImportReport report;
    private boolean allOrNothing;
    private boolean includeDuplicates;
    private boolean onlyProblems;

    private ImportProgress progress;
    private transient Future<ImportOutcome> running;
    private ImportOutcome outcome;

    /** One column of the file, with the stakeholder field it fills (null: ignored). */
    public static final class Column extends ImportUpload.Column<StakeholderField> {
        private static final long serialVersionUID = 1L;

        Column(int index, String header, String example, StakeholderField field) {
            super(index, header, example, field);
        }
    }

    public void load() {
        coalition = coalitions.heading(id);
    }

    /** Reads the uploaded file, guesses the mapping and checks every row. */
    public void upload() {
        if (upload.read()) {
            outcome = null;
            check();
        }
    }

    /** Checks every row with the current mapping (after the person changed it). */
    public void check() {
        report = null;
        ColumnMapping mapping = new ColumnMapping(upload.fields());
        if (!mapping.problems().isEmpty()) {
            mapping.problems().forEach(Messages::error);
            return;
        }
        Messages.attempt(() -> report = imports.check(id, upload.getTable(), mapping), null);
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
        ColumnMapping mapping = new ColumnMapping(upload.fields());
        running = imports.importInBackground(id, upload.getTable(), mapping, allOrNothing, includeDuplicates, progress);
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
            Throwable cause =
                    e.getCause() instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e.getCause();
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
        return progress == null
                ? ""
                : MessageFormat.format(text("io.import.progress"), progress.done(), progress.total());
    }

    public List<List<String>> getPreview() {
        return upload.getPreview();
    }

    public List<RowReport> getReportRows() {
        if (report == null) {
            return List.of();
        }
        return onlyProblems
                ? report.rows().stream()
                        .filter(r -> r.status() != RowStatus.VALID)
                        .toList()
                : report.rows();
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
        return ResourceBundle.getBundle(
                        "org.coalition.web.Pages", context.getViewRoot().getLocale())
                .getString(key);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CoalitionOverview getCoalition() {
        return coalition;
    }

    public UploadedFile getFile() {
        return upload.getFile();
    }

    public void setFile(UploadedFile file) {
        upload.setFile(file);
    }

    public String getFileName() {
        return upload.getFileName();
    }

    public Table getTable() {
        return upload.getTable();
    }

    public List<Column> getColumns() {
        return upload.getColumns();
    }

    public ImportReport getReport() {
        return report;
    }

    public ImportOutcome getOutcome() {
        return outcome;
    }

    public boolean isAllOrNothing() {
        return allOrNothing;
    }

    public void setAllOrNothing(boolean allOrNothing) {
        this.allOrNothing = allOrNothing;
    }

    public boolean isIncludeDuplicates() {
        return includeDuplicates;
    }

    public void setIncludeDuplicates(boolean includeDuplicates) {
        this.includeDuplicates = includeDuplicates;
    }

    public boolean isOnlyProblems() {
        return onlyProblems;
    }

    public void setOnlyProblems(boolean onlyProblems) {
        this.onlyProblems = onlyProblems;
    }
}
