package org.coalition.web.network;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.exchange.Table;
import org.coalition.network.InfluenceImportService;
import org.coalition.network.LinkField;
import org.coalition.network.LinkImport;
import org.coalition.web.exchange.ImportUpload;
import org.coalition.web.platform.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * Importing influence links from a CSV or Excel file, the stakeholder import's steps: upload, preview, map columns
 * to fields, read the verdict on every row, then store the accepted rows (or, when chosen, all or nothing).
 */
@Named
@ViewScoped
public class ImportLinksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InfluenceImportService imports;

    @EJB
    private CoalitionService coalitions;

    private Long id;
    private CoalitionOverview coalition;
    private final ImportUpload<LinkField, Column> upload = new ImportUpload<>(LinkField.class, Column::new);
    private LinkImport.Report report;
    private boolean allOrNothing;
    private boolean onlyProblems;
    private InfluenceImportService.Outcome outcome;

    /** One column of the file, with the link field it fills (null: ignored). */
    public static final class Column extends ImportUpload.Column<LinkField> {
        private static final long serialVersionUID = 1L;

        Column(int index, String header, String example, LinkField field) {
            super(index, header, example, field);
        }
    }

    public void load() {
        coalition = coalitions.heading(id);
    }

    /** Reads the uploaded file, guesses the columns and checks every row. */
    public void upload() {
        if (upload.read()) {
            outcome = null;
            check();
        }
    }

    /** Checks every row with the current columns (after the person changed them). */
    public void check() {
        report = null;
        Messages.attempt(() -> report = imports.check(id, upload.getTable(), upload.fields()), null);
    }

    /** Stores the accepted rows (or nothing, with all or nothing and a refused row) in one transaction. */
    public void start() {
        outcome = null;
        Messages.attempt(
                () -> {
                    outcome = imports.importRows(id, upload.getTable(), upload.fields(), allOrNothing);
                    report = outcome.report();
                },
                null);
    }

    public List<List<String>> getPreview() {
        return upload.getPreview();
    }

    public List<LinkImport.Row> getReportRows() {
        if (report == null) {
            return List.of();
        }
        return onlyProblems ? report.rows().stream().filter(r -> !r.accepted()).toList() : report.rows();
    }

    public int getAccepted() {
        return report == null ? 0 : report.accepted().size();
    }

    public long getRefused() {
        return report == null ? 0 : report.refused();
    }

    public LinkField[] getFields() {
        return LinkField.values();
    }

    /** What the access table lets the viewer do here. */
    public boolean may(CoalitionAction action) {
        return coalition != null && coalition.may(action);
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

    public LinkImport.Report getReport() {
        return report;
    }

    public InfluenceImportService.Outcome getOutcome() {
        return outcome;
    }

    public boolean isAllOrNothing() {
        return allOrNothing;
    }

    public void setAllOrNothing(boolean allOrNothing) {
        this.allOrNothing = allOrNothing;
    }

    public boolean isOnlyProblems() {
        return onlyProblems;
    }

    public void setOnlyProblems(boolean onlyProblems) {
        this.onlyProblems = onlyProblems;
    }
}
