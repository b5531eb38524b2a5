package org.coalition.web.milestone;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.coalition.milestone.MilestoneDraft;
import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.MilestoneSummary;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;

/**
 * The sponsors' decisions on proposed milestones and the revision of rejected ones, one form for the whole
 * timeline. View scoped: what was typed for the milestones not decided stays for as long as the page.
 */
@Named
@ViewScoped
public class MilestoneDecision implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MilestoneService milestones;

    @Inject
    private CoalitionDashboardView page;

    /** The sponsor's comment per milestone awaiting a decision. */
    private final Map<Long, String> comments = new HashMap<>();

    private final Map<Long, String> revisedTitles = new HashMap<>();
    private final Map<Long, String> revisedDue = new HashMap<>();

    public void approve(MilestoneSummary summary) {
        decide(summary, true);
    }

    public void reject(MilestoneSummary summary) {
        decide(summary, false);
    }

    private void decide(MilestoneSummary summary, boolean approve) {
        var m = summary.milestone();
        String text = comments.get(m.getId());
        if (page.attempt(
                () -> milestones.decide(m.getId(), m.getVersion(), approve, text),
                I18n.format(approve ? "msg.approved" : "msg.rejected", m.getTitle()))) {
            comments.remove(m.getId());
        }
    }

    /** Revises a rejected milestone (title and due date) and puts it before the sponsors again. */
    public void revise(MilestoneSummary summary) {
        var m = summary.milestone();
        // Fields left empty keep the milestone's current title and due date.
        String typedDue = revisedDue.get(m.getId());
        LocalDate due;
        try {
            due = typedDue == null || typedDue.isBlank() ? m.getDueOn() : LocalDate.parse(typedDue.strip());
        } catch (DateTimeParseException e) {
            Messages.error(I18n.text("msg.dueDateFormat"));
            return;
        }
        String typedTitle = revisedTitles.get(m.getId());
        String title = typedTitle == null || typedTitle.isBlank() ? m.getTitle() : typedTitle;
        page.attempt(
                () -> milestones.revise(m.getId(), m.getVersion(), new MilestoneDraft(title, m.getDescription(), due)),
                I18n.text("msg.revised"));
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public Map<Long, String> getRevisedTitles() {
        return revisedTitles;
    }

    public Map<Long, String> getRevisedDue() {
        return revisedDue;
    }
}
