package org.coalition.web.stakeholder;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.stakeholder.RegisterQuery;
import org.coalition.stakeholder.StakeholderRow;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.web.platform.PagedModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The stakeholder register: a lazy, sortable, filterable table that stays fast with thousands of rows. */
@Named
@ViewScoped
public class StakeholderRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StakeholderService stakeholders;

    @EJB
    private CoalitionService coalitions;

    private Long id;
    private CoalitionOverview coalition;
    private List<String> departments;
    private String department;
    private Stance stance;
    private String search;

    private final PagedModel<StakeholderRow> rows = new PagedModel<>(
            () -> stakeholders.count(id, query(0, 1, Map.of())),
            (first, pageSize, sortBy) -> stakeholders.register(id, query(first, pageSize, sortBy)),
            StakeholderRow::id);

    public void load() {
        coalition = coalitions.heading(id);
        departments = stakeholders.departments(id);
    }

    private RegisterQuery query(int first, int pageSize, Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return new RegisterQuery(
                first,
                pageSize,
                sort == null ? "name" : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING,
                department,
                stance,
                search);
    }

    /** What the access table lets the viewer do here; pages name the action as {@code CoalitionAction.X} (o:importConstants). */
    public boolean may(CoalitionAction action) {
        return coalition != null && coalition.may(action);
    }

    public Stance[] getStances() {
        return Stance.values();
    }

    public PagedModel<StakeholderRow> getRows() {
        return rows;
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

    public List<String> getDepartments() {
        return departments;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public Stance getStance() {
        return stance;
    }

    public void setStance(Stance stance) {
        this.stance = stance;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
