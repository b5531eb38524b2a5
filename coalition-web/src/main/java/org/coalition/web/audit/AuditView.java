package org.coalition.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.coalition.audit.AuditEntry;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.web.platform.PagedModel;

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

    private final PagedModel<AuditEntry> entries = new PagedModel<>(
            () -> audit.count(id), (first, pageSize, sortBy) -> audit.list(id, first, pageSize), AuditEntry::getId);

    public void load() {
        coalition = coalitions.heading(id);
        audit.count(id); // refuses members and observers here, before anything renders
    }

    public PagedModel<AuditEntry> getEntries() {
        return entries;
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
}
