package org.coalition.web.coalition;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.coalition.Phase;
import org.coalition.coalition.PhaseTransition;
import org.coalition.platform.BusinessException;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.ConfirmationRequiredException;
import org.coalition.platform.NotFoundException;
import org.coalition.playbook.Ally;
import org.coalition.playbook.ClosingService;
import org.coalition.playbook.Retrospective;
import org.coalition.playbook.RetrospectiveDraft;
import org.coalition.shared.Refusal;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;

/** One coalition's page: its objective and people; its basics editable by sponsors and members. */
@Named
@ViewScoped
public class CoalitionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CoalitionService coalitions;

    @EJB
    private ClosingService closings;

    private Retrospective retrospective;
    private List<Ally> allies = List.of();
    private final RetrospectiveDraft closing = new RetrospectiveDraft();

    private Long id;
    private CoalitionOverview overview;
    private CoalitionDraft draft;
    private boolean editing;
    private Phase targetPhase;
    private String phaseWarning;

    /** View action: loads the coalition, or lets the service refuse (403 page) or not find it (404 page). */
    public void load() {
        if (id == null) {
            throw new NotFoundException(Refusal.NO_COALITION_NUMBER);
        }
        overview = coalitions.open(id);
        draft = CoalitionDraft.of(overview.coalition());
        if (overview.coalition().isArchived()) {
            retrospective = closings.retrospective(id).orElse(null);
            allies = closings.allies(id);
        }
        // Offer the next phase first; going back is the exception.
        targetPhase =
                getReachablePhases().stream().max(Comparator.naturalOrder()).orElse(null);
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
            Messages.info(I18n.text("msg.saved"));
        } catch (ConcurrentEditException e) {
            Messages.error(I18n.refusal(e));
        }
    }

    /** After a conflict: take the latest saved version and start again from it. */
    public void reload() {
        load();
        editing = false;
    }

    /** The phases this coalition can move to from where it is; closing has its own form (it asks for a retrospective). */
    public List<Phase> getReachablePhases() {
        return overview == null
                ? List.of()
                : PhaseTransition.reachableFrom(overview.coalition().getPhase()).stream()
                        .filter(p -> p != Phase.CLOSED)
                        .sorted()
                        .toList();
    }

    /** Closing: the retrospective, a celebration of the wins, the allies carried into the ally network. */
    public void close() {
        if (Messages.attempt(
                        () -> closings.close(id, overview.coalition().getVersion(), closing),
                        I18n.text("msg.coalitionClosed"))
                .done()) {
            load();
        }
    }

    public boolean isClosable() {
        return may(CoalitionAction.ARCHIVE) && overview.coalition().getPhase() == Phase.SUSTAINING;
    }

    public RetrospectiveDraft getClosing() {
        return closing;
    }

    public Retrospective getRetrospective() {
        return retrospective;
    }

    public List<Ally> getAllies() {
        return allies;
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
            Messages.info(I18n.format("msg.phaseChanged", I18n.labelOf(targetPhase)));
        } catch (ConfirmationRequiredException e) {
            phaseWarning = I18n.refusal(e);
            return;
        } catch (BusinessException e) {
            Messages.error(I18n.refusal(e));
        }
        load();
    }

    public Phase getTargetPhase() {
        return targetPhase;
    }

    public void setTargetPhase(Phase targetPhase) {
        this.targetPhase = targetPhase;
    }

    public String getPhaseWarning() {
        return phaseWarning;
    }

    /** What the access table lets the viewer do here; pages name the action as {@code CoalitionAction.X} (o:importConstants). */
    public boolean may(CoalitionAction action) {
        return overview != null && overview.may(action);
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
