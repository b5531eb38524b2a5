package org.coalition.web.milestone;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coalition.milestone.Milestone;
import org.coalition.milestone.MilestoneDraft;
import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.MilestoneSummary;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;

/**
 * The sponsors' decisions on proposed milestones and the revision of rejected ones. The timeline is shared markup
 * (the fragment cache) holding no component per milestone: its inputs are plain ones named after their milestone
 * ({@code milestone-<id>:comment}, {@code :revisedTitle}, {@code :revisedDue}, {@code :version}) that belong to the
 * one small form after it ({@value #FORM}) through HTML's {@code form} attribute, and each button sends its
 * milestone's id as the value of one of that form's command buttons. The form's view state still protects the
 * submission, the version the page showed still guards against a decision taken meanwhile.
 * <p>
 * View scoped: whatever was typed and not yet saved (a refused decision, or comments for the milestones not
 * decided) is shown again as typed for as long as the page; the timeline is then rendered for this view alone.
 */
@Named
@ViewScoped
public class MilestoneDecision implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The client id of the form behind the timeline's buttons. */
    public static final String FORM = "milestoneDecisions";

    private static final String PREFIX = "milestone-";
    private static final String COMMENT = ":comment";
    private static final String REVISED_TITLE = ":revisedTitle";
    private static final String REVISED_DUE = ":revisedDue";
    private static final List<String> FIELDS = List.of(COMMENT, REVISED_TITLE, REVISED_DUE);

    @EJB
    private MilestoneService milestones;

    @Inject
    private CoalitionDashboardView page;

    /** What was typed and not saved, by input name ({@code milestone-<id>:comment}); blanks are left out. */
    private final Map<String, String> typed = new HashMap<>();

    /** A milestone's pressed button: its id and the version the page showed. */
    private record Submitted(long milestoneId, long version) {}

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
        String comment = typed.get(PREFIX + id + COMMENT);
        Milestone[] decided = new Milestone[1];
        if (page.attempt(
                () -> decided[0] = milestones.decide(id, submitted.get().version(), approve, comment), null)) {
            Messages.info(I18n.format(approve ? "msg.approved" : "msg.rejected", decided[0].getTitle()));
            forget(id);
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
        String typedDue = typed.get(PREFIX + id + REVISED_DUE);
        LocalDate due;
        try {
            due = typedDue == null ? m.getDueOn() : LocalDate.parse(typedDue.strip());
        } catch (DateTimeParseException e) {
            Messages.error(I18n.text("msg.dueDateFormat"));
            return;
        }
        String title = typed.getOrDefault(PREFIX + id + REVISED_TITLE, m.getTitle());
        if (page.attempt(
                () -> milestones.revise(
                        id, submitted.get().version(), new MilestoneDraft(title, m.getDescription(), due)),
                I18n.text("msg.revised"))) {
            forget(id);
        }
    }

    /**
     * Reads the submitted form: remembers everything typed for the milestones shown (so that none of it is lost
     * whatever becomes of this submission) and answers the pressed button's milestone, or shows why there is none.
     */
    private Optional<Submitted> submitted(String button) {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        for (MilestoneSummary shown : page.getShownMilestones()) {
            for (String field : FIELDS) {
                String name = PREFIX + shown.milestone().getId() + field;
                String value = parameters.get(name);
                if (value == null || value.isBlank()) {
                    typed.remove(name);
                } else {
                    typed.put(name, value);
                }
            }
        }
        try {
            long id = Long.parseLong(
                    parameters.getOrDefault(FORM + ":" + button, "").strip());
            long version = Long.parseLong(
                    parameters.getOrDefault(PREFIX + id + ":version", "").strip());
            return Optional.of(new Submitted(id, version));
        } catch (NumberFormatException notAMilestone) {
            Messages.error(I18n.text("msg.chooseMilestone"));
            return Optional.empty();
        }
    }

    private void forget(long milestoneId) {
        typed.keySet().removeIf(name -> name.startsWith(PREFIX + milestoneId + ":"));
    }

    /** Whether anything typed waits to be shown again: the timeline is then this view's own, not shared. */
    public boolean isHoldingTyped() {
        return !typed.isEmpty();
    }

    /** The comment typed for a milestone and not saved, or null. */
    public String comment(long milestoneId) {
        return typed.get(PREFIX + milestoneId + COMMENT);
    }

    public String revisedTitle(long milestoneId) {
        return typed.get(PREFIX + milestoneId + REVISED_TITLE);
    }

    public String revisedDue(long milestoneId) {
        return typed.get(PREFIX + milestoneId + REVISED_DUE);
    }
}
