package org.coalition.web.commonground;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.commonground.CommonGround;
import org.coalition.commonground.CommonGroundService;
import org.coalition.commonground.Framing;
import org.coalition.commonground.PurposeStatement;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.coalition.web.platform.PagedModel;

/**
 * The shared purpose (versioned), where the stakeholders' motivations overlap, and each framing: the
 * framings a page at a time in a lazy table.
 */
@Named
@ViewScoped
public class CommonGroundView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Earlier revisions shown at first, and added by each "show more". */
    static final int REVISIONS_STEP = 10;

    @EJB
    private CommonGroundService commonGround;

    @EJB
    private CoalitionService coalitions;

    private Long id;
    private CoalitionOverview coalition;
    private List<PurposeStatement> history;
    private int revisionsShown = REVISIONS_STEP;
    private boolean moreRevisions;
    private List<CommonGround.CategoryOverlap> overlap = List.of();
    private boolean mayReadNotes;
    private final PagedModel<Framing> framings = new PagedModel<>(
            () -> mayReadNotes ? commonGround.countFramings(id) : 0,
            (first, pageSize, sortBy) -> mayReadNotes ? commonGround.framings(id, first, pageSize) : List.of(),
            Framing::getId);
    private String purpose;
    private int basedOnRevision;

    public void load() {
        coalition = coalitions.heading(id);
        // the current revision, the earlier ones shown, and one more to tell whether there are more
        List<PurposeStatement> page = commonGround.purposeHistory(id, 0, revisionsShown + 2);
        moreRevisions = page.size() > revisionsShown + 1;
        history = List.copyOf(moreRevisions ? page.subList(0, revisionsShown + 1) : page);
        basedOnRevision = history.isEmpty() ? 0 : history.get(0).getRevision();
        purpose = history.isEmpty() ? null : history.get(0).getText();
        mayReadNotes = coalition.may(CoalitionAction.VIEW_NOTES);
        if (mayReadNotes) {
            overlap = commonGround.overlap(id);
        }
    }

    public void savePurpose() {
        try {
            commonGround.revisePurpose(id, basedOnRevision, purpose);
            Messages.info(I18n.text("msg.purposeSaved"));
            load();
        } catch (ConcurrentEditException e) {
            Messages.error(I18n.refusal(e));
        }
    }

    public void showMoreRevisions() {
        revisionsShown += REVISIONS_STEP;
        load();
    }

    public boolean isMoreRevisions() {
        return moreRevisions;
    }

    /** What the access table lets the viewer do here; pages name the action as {@code CoalitionAction.X} (o:importConstants). */
    public boolean may(CoalitionAction action) {
        return coalition != null && coalition.may(action);
    }

    public PurposeStatement getCurrent() {
        return history == null || history.isEmpty() ? null : history.get(0);
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

    public List<PurposeStatement> getHistory() {
        return history;
    }

    public List<CommonGround.CategoryOverlap> getOverlap() {
        return overlap;
    }

    public PagedModel<Framing> getFramings() {
        return framings;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
