package org.coalition.web.commitment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.coalition.access.CoalitionAction;
import org.coalition.commitment.CommitmentDraft;
import org.coalition.commitment.CommitmentOutcome;
import org.coalition.commitment.CommitmentRow;
import org.coalition.commitment.CommitmentService;
import org.coalition.commitment.KeptRatio;
import org.coalition.people.Person;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.coalition.web.security.SignedInUser;
import org.coalition.web.stakeholder.StakeholderView;

/**
 * The commitments panel of the stakeholder page: what was promised to this person (the first {@value #SHOWN}, overdue
 * first; all of them on the coalition's commitments page), their kept ratio, recording a promise (perhaps from one of
 * the one-on-ones the page shows; a sponsor finds someone else who promised by typing their name) and marking one kept or broken. Who may record or mark what is the access table's
 * answer, as the service applies it.
 */
@Named
@ViewScoped
public class StakeholderCommitmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int SHOWN = 25;

    @EJB
    private CommitmentService commitments;

    @EJB
    private StakeholderService stakeholders;

    @Inject
    private StakeholderView page;

    @Inject
    private SignedInUser user;

    private long stakeholderId;
    private long coalitionId;
    private List<CommitmentRow> rows = List.of();
    private long count;
    private KeptRatio ratio;
    /** The names of the people last suggested as promisers, by user name. */
    private final java.util.Map<String, String> promisers = new java.util.HashMap<>();

    private String promisedBy;
    private Long conversationId;
    private String what;
    private LocalDate dueOn;
    private LocalDate markedOn = LocalDate.now();

    public void load() {
        if (page.getDetails() == null) {
            return;
        }
        stakeholderId = page.getId();
        coalitionId = page.getDetails().coalitionId();
        // one statement: the page is at most 12 (the benchmark's scale check)
        var promises = commitments.ofStakeholder(coalitionId, stakeholderId, SHOWN);
        rows = promises.rows();
        ratio = promises.ratio();
        count = ratio.total();
    }

    /** Sponsors and members whose name contains the text, for a sponsor recording someone else's promise. */
    public List<String> completePromiser(String text) {
        String typed = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        List<Person> found = stakeholders.possibleOwners(coalitionId).stream()
                .filter(p ->
                        p.getDisplayName().toLowerCase(java.util.Locale.ROOT).contains(typed))
                .limit(10)
                .toList();
        found.forEach(p -> promisers.put(p.getUsername(), p.getDisplayName()));
        return found.stream().map(Person::getUsername).toList();
    }

    public String promiserName(String username) {
        return username == null ? "" : promisers.getOrDefault(username, username);
    }

    public void record() {
        CommitmentDraft draft = new CommitmentDraft(promisedBy, stakeholderId, null, conversationId, what, dueOn);
        if (Messages.attempt(() -> commitments.record(coalitionId, draft), I18n.text("commitments.recorded"))
                .done()) {
            what = null;
            dueOn = null;
            conversationId = null;
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
        return may(CoalitionAction.KEEP_ANY_COMMITMENTS)
                || (may(CoalitionAction.KEEP_OWN_COMMITMENTS) && row.promisedBy(user.getUsername()));
    }

    public boolean may(CoalitionAction action) {
        return page.may(action);
    }

    public List<CommitmentRow> getRows() {
        return rows;
    }

    public long getCount() {
        return count;
    }

    public KeptRatio getRatio() {
        return ratio;
    }

    public long getCoalitionId() {
        return coalitionId;
    }

    public CommitmentOutcome[] getOutcomes() {
        return CommitmentOutcome.values();
    }

    public String getPromisedBy() {
        return promisedBy;
    }

    public void setPromisedBy(String promisedBy) {
        this.promisedBy = promisedBy;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public void setConversationId(Long conversationId) {
        this.conversationId = conversationId;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public LocalDate getMarkedOn() {
        return markedOn;
    }

    public void setMarkedOn(LocalDate markedOn) {
        this.markedOn = markedOn;
    }
}
