package org.coalition.web.coalition;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.web.platform.Messages;

/** One coalition's page: its objective and people; its basics editable by sponsors and members. */
@Named
@ViewScoped
public class CoalitionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CoalitionService coalitions;

    private Long id;
    private CoalitionOverview overview;
    private CoalitionDraft draft;
    private boolean editing;
    private org.coalition.coalition.Phase targetPhase;
    private String phaseWarning;

    /** View action: loads the coalition, or lets the service refuse (403 page) or not find it (404 page). */
    public void load() {
        if (id == null) {
            throw new org.coalition.platform.NotFoundException("Which coalition? The address has no coalition number.");
        }
        overview = coalitions.open(id);
        draft = CoalitionDraft.of(overview.coalition());
        // Offer the next phase first; going back is the exception.
        targetPhase = getReachablePhases().stream().max(java.util.Comparator.naturalOrder()).orElse(null);
    }

    public void edit() {
        editing = true;
    }

    public void cancel() {
        editing = false;
        draft = CoalitionDraft.of(overview.coalition());
    }

    public void save() {
        try {
            coalitions.update(id, overview.coalition().getVersion(), draft);
            overview = coalitions.open(id);
            editing = false;
            Messages.info("Saved.");
        } catch (ConcurrentEditException e) {
            Messages.error(e.getMessage());
        }
    }

    /** After a conflict: take the latest saved version and start again from it. */
    public void reload() {
        load();
        editing = false;
    }

    /** The phases this coalition can move to from where it is. */
    public java.util.List<org.coalition.coalition.Phase> getReachablePhases() {
        return overview == null ? java.util.List.of()
                : org.coalition.coalition.PhaseTransition.reachableFrom(overview.coalition().getPhase()).stream().sorted().toList();
    }

    public void changePhase() {
        movePhase(false);
    }

    /** The lead read the warning and goes ahead anyway: recorded with the move. */
    public void confirmPhase() {
        movePhase(true);
    }

    private void movePhase(boolean confirmed) {
        try {
            coalitions.changePhase(id, overview.coalition().getVersion(), targetPhase, confirmed);
            phaseWarning = null;
            Messages.info("The coalition is now in the " + targetPhase.label() + " phase.");
        } catch (org.coalition.platform.ConfirmationRequiredException e) {
            phaseWarning = e.getMessage();
            return;
        } catch (org.coalition.platform.BusinessException e) {
            Messages.error(e.getMessage());
        }
        load();
    }

    public org.coalition.coalition.Phase getTargetPhase() {
        return targetPhase;
    }

    public void setTargetPhase(org.coalition.coalition.Phase targetPhase) {
        this.targetPhase = targetPhase;
    }

    public String getPhaseWarning() {
        return phaseWarning;
    }

    public boolean may(String action) {
        return overview != null && overview.may(CoalitionAction.valueOf(action));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CoalitionOverview getOverview() {
        return overview;
    }

    public CoalitionDraft getDraft() {
        return draft;
    }

    public boolean isEditing() {
        return editing;
    }
}
