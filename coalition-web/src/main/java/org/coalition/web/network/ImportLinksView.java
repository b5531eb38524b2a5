package org.coalition.web.network;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.exchange.ExchangeException;
import org.coalition.exchange.ImportFile;
import org.coalition.exchange.Table;
import org.coalition.network.InfluenceImportService;
import org.coalition.network.LinkField;
import org.coalition.network.LinkImport;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;

/**
 * Importing influence links from a CSV or Excel file, the stakeholder import's steps: upload, preview, map columns
 * to fields, read the verdict on every row, then store the accepted rows (or, when chosen, all or nothing).
 */
@Named
@ViewScoped
public class ImportLinksView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PREVIEW_ROWS = 5;

    @EJB
    private InfluenceImportService imports;

    @EJB
    private CoalitionService coalitions;

    private Long id;
    private CoalitionOverview coalition;
    private transient UploadedFile file;
    private String fileName;
    private Table table;
    private List<Column> columns = List.of();
    private LinkImport.Report report;
    private boolean allOrNothing;
    private boolean onlyProblems;
    private InfluenceImportService.Outcome outcome;

    /** One column of the file, with the field it fills (null: ignored). */
    public static final class Column implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int index;
        private final String header;
        private final String example;
        private LinkField field;

        Column(int index, String header, String example, LinkField field) {
            this.index = index;
            this.header = header;
            this.example = example;
            this.field = field;
        }

        public int getIndex() { return index; }
        public String getHeader() { return header; }
        public String getExample() { return example; }
        public LinkField getField() { return field; }
        public void setField(LinkField field) { this.field = field; }
    }

    public void load() {
        coalition = coalitions.heading(id);
    }

    /** Reads the uploaded file, guesses the columns and checks every row. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error(I18n.text("io.import.noFile"));
            return;
        }
        try {
            Table read = ImportFile.read(file.getFileName(), file.getContent());
            if (read.rows().isEmpty()) {
                Messages.error(I18n.text("io.import.noRows"));
                return;
            }
            table = read;
            fileName = file.getFileName();
            List<LinkField> guess = LinkField.guess(table.header());
            List<Column> list = new ArrayList<>();
            for (int c = 0; c < table.width(); c++) {
                list.add(new Column(c, table.header().get(c), table.cell(0, c), guess.get(c)));
            }
            columns = list;
            outcome = null;
            check();
        } catch (ExchangeException e) {
            Messages.error(e.getMessage());
        }
    }

    /** Checks every row with the current columns (after the person changed them). */
    public void check() {
        report = null;
        Messages.attempt(() -> report = imports.check(id, table, mapping()), null);
    }

    /** Stores the accepted rows (or nothing, with all or nothing and a refused row) in one transaction. */
    public void start() {
        outcome = null;
        Messages.attempt(() -> {
            outcome = imports.importRows(id, table, mapping(), allOrNothing);
            report = outcome.report();
        }, null);
    }

    private List<LinkField> mapping() {
        return columns.stream().map(Column::getField).toList();
    }

    public List<List<String>> getPreview() {
        return table == null ? List.of() : table.rows().subList(0, Math.min(PREVIEW_ROWS, table.rows().size()));
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

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CoalitionOverview getCoalition() { return coalition; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public String getFileName() { return fileName; }
    public Table getTable() { return table; }
    public List<Column> getColumns() { return columns; }
    public LinkImport.Report getReport() { return report; }
    public InfluenceImportService.Outcome getOutcome() { return outcome; }
    public boolean isAllOrNothing() { return allOrNothing; }
    public void setAllOrNothing(boolean allOrNothing) { this.allOrNothing = allOrNothing; }
    public boolean isOnlyProblems() { return onlyProblems; }
    public void setOnlyProblems(boolean onlyProblems) { this.onlyProblems = onlyProblems; }
}
