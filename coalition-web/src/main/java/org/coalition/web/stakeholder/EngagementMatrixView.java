package org.coalition.web.stakeholder;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.stakeholder.Engagement;
import org.coalition.stakeholder.EngagementAssessmentService;
import org.coalition.stakeholder.EngagementChangeRow;
import org.coalition.stakeholder.EngagementGap;
import org.coalition.stakeholder.EngagementRow;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.coalition.web.platform.PagedModel;

/**
 * A coalition's engagement assessment: the ranked gaps (where one-on-one time should go), the matrix of every
 * stakeholder's current (C) and desired (D) engagement with the levels set in place, and the history of changes.
 * Each list is paged in the database.
 */
@Named
@ViewScoped
public class EngagementMatrixView implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int GAPS_PAGE = 10;
    public static final int MATRIX_PAGE = 25;
    public static final int HISTORY_PAGE = 10;

    @EJB
    private EngagementAssessmentService engagement;

    @EJB
    private CoalitionService coalitions;

    private Long id;
    private CoalitionOverview coalition;
    /** The levels chosen in the matrix's rows (by stakeholder), as constant names; empty for not assessed. */
    private final Map<Long, String> current = new HashMap<>();

    private final Map<Long, String> desired = new HashMap<>();

    private final PagedModel<EngagementGap> gaps = new PagedModel<>(
            () -> engagement.countGaps(id),
            (first, pageSize, sortBy) -> engagement.gaps(id, first, pageSize),
            EngagementGap::stakeholderId);
    private final PagedModel<EngagementRow> matrix = new PagedModel<>(
            () -> engagement.countMatrix(id),
            (first, pageSize, sortBy) -> shown(engagement.matrix(id, first, pageSize)),
            EngagementRow::id);
    private final PagedModel<EngagementChangeRow> history = new PagedModel<>(
            () -> engagement.countHistory(id, null),
            (first, pageSize, sortBy) -> engagement.history(id, null, first, pageSize),
            EngagementChangeRow::id);

    public void load() {
        coalition = coalitions.heading(id);
    }

    /** The rows as read: their levels are what the row's choices start from. */
    private List<EngagementRow> shown(List<EngagementRow> rows) {
        for (EngagementRow row : rows) {
            current.put(row.id(), row.current() == null ? "" : row.current().name());
            desired.put(row.id(), row.desired() == null ? "" : row.desired().name());
        }
        return rows;
    }

    public void save(EngagementRow row) {
        Engagement now = level(current.get(row.id()));
        Engagement needed = level(desired.get(row.id()));
        Messages.attempt(
                () -> engagement.assess(row.id(), row.version(), now, needed),
                I18n.format("engagement.saved", row.name()));
    }

    private static Engagement level(String name) {
        return name == null || name.isBlank() ? null : Engagement.valueOf(name);
    }

    public boolean mayAssess() {
        return coalition.may(CoalitionAction.ASSESS_ENGAGEMENT);
    }

    public Engagement[] getLevels() {
        return Engagement.values();
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

    public PagedModel<EngagementGap> getGaps() {
        return gaps;
    }

    public PagedModel<EngagementRow> getMatrix() {
        return matrix;
    }

    public PagedModel<EngagementChangeRow> getHistory() {
        return history;
    }

    public Map<Long, String> getCurrent() {
        return current;
    }

    public Map<Long, String> getDesired() {
        return desired;
    }

    public int getGapsPage() {
        return GAPS_PAGE;
    }

    public int getMatrixPage() {
        return MATRIX_PAGE;
    }

    public int getHistoryPage() {
        return HISTORY_PAGE;
    }
}
