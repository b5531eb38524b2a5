package org.coalition.web.milestone;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.coalition.milestone.Milestone;
import org.coalition.milestone.MilestoneDraft;
import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.MilestoneSummary;
import org.coalition.web.milestone.MilestoneInputs.Submitted;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;

/**
 * The sponsors' decisions on proposed milestones and the revision of rejected ones. The timeline is shared markup
 * (the fragment cache) holding no component per milestone: its decide and revise panels are plain inputs of the one
 * small form after it ({@link MilestoneInputs}: {@code milestone-<id>:comment}, {@code :revisedTitle},
 * {@code :revisedDue}, {@code :version}). The version the page showed still guards against a decision taken
 * meanwhile.
 * <p>
 * View scoped: whatever was typed and not yet saved (a refused decision, or comments for the milestones not
 * decided) is shown again as typed for as long as the page; the timeline is then rendered for this view alone.
 */
@Named
@ViewScoped
public class MilestoneDecision implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String REVISED_TITLE = ":revisedTitle";
    private static final String REVISED_DUE = ":revisedDue";

    @EJB
    private MilestoneService milestones;

    @Inject
    private CoalitionDashboardView page;

    /** The timeline's inputs, with what was typed and not saved. */
    private final MilestoneInputs inputs = new MilestoneInputs(MilestoneInputs.COMMENT, REVISED_TITLE, REVISED_DUE);

    public void approve() {
        decide(true);
    }

    public void reject() {
        decide(false);
    }

    private void decide(boolean approve) {
        Optional<Submitted> submitted = submitted(approve ? "approve" : "reject");
        if (submitted.isEmpty()) {
            return;
        }
        long id = submitted.get().milestoneId();
        String comment = inputs.typed(id, MilestoneInputs.COMMENT);
        Milestone[] decided = new Milestone[1];
        if (page.attempt(
                () -> decided[0] = milestones.decide(id, submitted.get().version(), approve, comment), null)) {
            Messages.info(I18n.format(approve ? "msg.approved" : "msg.rejected", decided[0].getTitle()));
            inputs.forget(id);
        }
    }

    /**
     * Revises a rejected milestone (title and due date) and puts it before the sponsors again. Fields left empty
     * keep the milestone's title and due date as the page showed them.
     */
    public void revise() {
        Optional<Submitted> submitted = submitted("resubmit");
        if (submitted.isEmpty()) {
            return;
        }
        long id = submitted.get().milestoneId();
        Optional<Milestone> shown = page.getMilestones().stream()
                .map(MilestoneSummary::milestone)
                .filter(m -> m.getId() == id)
                .findFirst();
        if (shown.isEmpty()) {
            Messages.error(I18n.text("msg.chooseMilestone"));
            return;
        }
        Milestone m = shown.get();
        String typedDue = inputs.typed(id, REVISED_DUE);
        LocalDate due;
        try {
            due = typedDue == null ? m.getDueOn() : LocalDate.parse(typedDue.strip());
        } catch (DateTimeParseException e) {
            Messages.error(I18n.text("msg.dueDateFormat"));
            return;
        }
        String typedTitle = inputs.typed(id, REVISED_TITLE);
        String title = typedTitle == null ? m.getTitle() : typedTitle;
        if (page.attempt(
                () -> milestones.revise(
                        id, submitted.get().version(), new MilestoneDraft(title, m.getDescription(), due)),
                I18n.text("msg.revised"))) {
            inputs.forget(id);
        }
    }

    /** Reads the submitted form (see {@link MilestoneInputs#submitted}) for the milestones the timeline shows. */
    private Optional<Submitted> submitted(String button) {
        return inputs.submitted(
                button,
                page.getShownMilestones().stream()
                        .map(shown -> shown.milestone().getId())
                        .toList());
    }

    /** Whether anything typed waits to be shown again: the timeline is then this view's own, not shared. */
    public boolean isHoldingTyped() {
        return inputs.isHoldingTyped();
    }

    /** The comment typed for a milestone and not saved, or null. */
    public String comment(long milestoneId) {
        return inputs.typed(milestoneId, MilestoneInputs.COMMENT);
    }

    public String revisedTitle(long milestoneId) {
        return inputs.typed(milestoneId, REVISED_TITLE);
    }

    public String revisedDue(long milestoneId) {
        return inputs.typed(milestoneId, REVISED_DUE);
    }
}
