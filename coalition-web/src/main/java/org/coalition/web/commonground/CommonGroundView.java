package org.coalition.web.commonground;

import org.coalition.web.platform.I18n;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.commonground.CommonGround;
import org.coalition.commonground.CommonGroundService;
import org.coalition.commonground.Framing;
import org.coalition.commonground.PurposeStatement;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.web.platform.Messages;

/** The shared purpose (versioned), where the stakeholders' motivations overlap, and each framing. */
@Named
@ViewScoped
public class CommonGroundView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CommonGroundService commonGround;

    @EJB
    private CoalitionService coalitions;

    private Long id;
    private CoalitionOverview coalition;
    private List<PurposeStatement> history;
    private List<CommonGround.CategoryOverlap> overlap = List.of();
    private List<Framing> framings = List.of();
    private String purpose;
    private int basedOnRevision;

    public void load() {
        coalition = coalitions.open(id);
        history = commonGround.purposeHistory(id);
        basedOnRevision = history.isEmpty() ? 0 : history.get(0).getRevision();
        purpose = history.isEmpty() ? null : history.get(0).getText();
        if (coalition.may(CoalitionAction.VIEW_NOTES)) {
            overlap = commonGround.overlap(id);
            framings = commonGround.framings(id);
        }
    }

    public void savePurpose() {
        try {
            commonGround.revisePurpose(id, basedOnRevision, purpose);
            Messages.info(I18n.text("msg.purposeSaved"));
            load();
        } catch (ConcurrentEditException e) {
            Messages.error(I18n.refusal(e.getMessage()));
        }
    }

    public boolean may(String action) {
        return coalition != null && coalition.may(CoalitionAction.valueOf(action));
    }

    public PurposeStatement getCurrent() {
        return history == null || history.isEmpty() ? null : history.get(0);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CoalitionOverview getCoalition() { return coalition; }
    public List<PurposeStatement> getHistory() { return history; }
    public List<CommonGround.CategoryOverlap> getOverlap() { return overlap; }
    public List<Framing> getFramings() { return framings; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
}
