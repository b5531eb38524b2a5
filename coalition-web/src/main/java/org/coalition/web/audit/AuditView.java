package org.coalition.web.audit;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import org.coalition.audit.AuditEntry;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;

/** A coalition's audit trail, newest first, for its sponsors and the administrators. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditTrail audit;

    @EJB
    private CoalitionService coalitions;

    private Long id;
    private CoalitionOverview coalition;

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(audit.count(id));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return audit.list(id, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }

        @Override
        public AuditEntry getRowData(String rowKey) {
            return getWrappedData() == null ? null
                    : getWrappedData().stream().filter(e -> String.valueOf(e.getId()).equals(rowKey)).findFirst().orElse(null);
        }
    };

    public void load() {
        coalition = coalitions.open(id);
        audit.count(id); // refuses members and observers here, before anything renders
    }

    public LazyDataModel<AuditEntry> getEntries() { return entries; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CoalitionOverview getCoalition() { return coalition; }
}
