package org.coalition.web.commitment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.commitment.CommitmentDraft;
import org.coalition.commitment.CommitmentOutcome;
import org.coalition.commitment.CommitmentRow;
import org.coalition.commitment.CommitmentService;
import org.coalition.commitment.KeptRatio;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.coalition.web.platform.PagedModel;
import org.coalition.web.security.SignedInUser;

/**
 * A coalition's commitments register: every promise, overdue ones first, paged in the database; the coalition's kept
 * ratio; marking a promise kept or broken; recording a promise to a member (promises to a stakeholder are recorded on
 * the stakeholder's page); the CSV download.
 */
@Named
@ViewScoped
public class CommitmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LIST_PAGE = 25;

    @EJB
    private CommitmentService commitments;

    @EJB
    private CoalitionService coalitions;

    @EJB
    private StakeholderService stakeholders;

    @Inject
    private SignedInUser user;

    private Long id;
    private CoalitionOverview coalition;
    private KeptRatio ratio;
    private java.time.LocalDate markedOn = java.time.LocalDate.now();

    /** A promise to a member: who promised (a sponsor may name someone else; empty: the caller), to whom, what, by when. */
    private String promisedBy;

    private String toMember;
    private String what;
    private java.time.LocalDate dueOn;
    /** The names of the members last suggested, by user name. */
    private final java.util.Map<String, String> names = new java.util.HashMap<>();

    private final PagedModel<CommitmentRow> rows = new PagedModel<>(
            () -> commitments.count(id, null),
            (first, pageSize, sortBy) -> commitments.list(id, null, first, pageSize),
            CommitmentRow::id);

    public void load() {
        coalition = coalitions.heading(id);
        ratio = commitments.keptRatio(id, null);
    }

    /** Sponsors and members whose name contains the text (a promise among members; a sponsor naming who promised). */
    /** The member pickers' suggestions: the usernames of at most ten sponsors and members by that name (read in the database). */
    public java.util.List<String> completeMember(String text) {
        var found = coalitions.suggestWorkers(id, text);
        found.forEach(p -> names.put(p.key(), p.label()));
        return found.stream().map(org.coalition.trust.ParticipantChoice::key).toList();
    }

    public String memberName(String username) {
        return username == null ? "" : names.getOrDefault(username, username);
    }

    /** Records a promise to a member; the service refuses one to oneself or to someone who is no member. */
    public void recordToMember() {
        CommitmentDraft draft = new CommitmentDraft(promisedBy, null, toMember, null, what, dueOn);
        if (Messages.attempt(() -> commitments.record(id, draft), I18n.text("commitments.recorded"))
                .done()) {
            promisedBy = null;
            toMember = null;
            what = null;
            dueOn = null;
            load();
        }
    }

    public void markKept(CommitmentRow row) {
        mark(row, CommitmentOutcome.KEPT);
    }

    public void markBroken(CommitmentRow row) {
        mark(row, CommitmentOutcome.BROKEN);
    }

    private void mark(CommitmentRow row, CommitmentOutcome outcome) {
        if (Messages.attempt(
                        () -> commitments.settle(row.id(), row.version(), outcome, markedOn),
                        I18n.text(
                                outcome == CommitmentOutcome.KEPT
                                        ? "commitments.markedKept"
                                        : "commitments.markedBroken"))
                .done()) {
            load();
        }
    }

    /** The access table's rule, as the service applies it: anyone's promise with KEEP_ANY_COMMITMENTS, else one's own. */
    public boolean mayMark(CommitmentRow row) {
        return coalition.may(CoalitionAction.KEEP_ANY_COMMITMENTS)
                || (coalition.may(CoalitionAction.KEEP_OWN_COMMITMENTS) && row.promisedBy(user.getUsername()));
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

    public KeptRatio getRatio() {
        return ratio;
    }

    public PagedModel<CommitmentRow> getRows() {
        return rows;
    }

    public int getListPage() {
        return LIST_PAGE;
    }

    public java.time.LocalDate getMarkedOn() {
        return markedOn;
    }

    public void setMarkedOn(java.time.LocalDate markedOn) {
        this.markedOn = markedOn;
    }

    public String getPromisedBy() {
        return promisedBy;
    }

    public void setPromisedBy(String promisedBy) {
        this.promisedBy = promisedBy;
    }

    public String getToMember() {
        return toMember;
    }

    public void setToMember(String toMember) {
        this.toMember = toMember;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public java.time.LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(java.time.LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
