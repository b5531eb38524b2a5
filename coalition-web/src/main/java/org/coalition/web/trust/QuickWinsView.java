package org.coalition.web.trust;

import org.coalition.web.platform.I18n;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.people.Person;
import org.coalition.stakeholder.RegisterQuery;
import org.coalition.stakeholder.StakeholderRow;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.trust.QuickWin;
import org.coalition.trust.QuickWinKind;
import org.coalition.trust.QuickWinService;
import org.coalition.web.platform.Messages;

/**
 * Quick wins: plan them with stakeholders and members, then complete them and record whose trust changed.
 * A page of quick wins at a time, soonest due first.
 */
@Named
@ViewScoped
public class QuickWinsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Quick wins per page: each is a card with its own form. */
    static final int PAGE_SIZE = 10;

    @EJB
    private QuickWinService quickWins;

    @EJB
    private CoalitionService coalitions;

    @EJB
    private StakeholderService stakeholderService;

    private Long id;
    private CoalitionOverview coalition;
    private List<QuickWin> wins;
    private int first;
    private long total;
    private List<StakeholderRow> stakeholders;
    private List<Person> members;

    private String title;
    private QuickWinKind kind = QuickWinKind.PILOT;
    private String successCriteria;
    private LocalDate dueOn;
    private List<Long> stakeholderIds = new ArrayList<>();
    private List<String> memberUsernames = new ArrayList<>();

    /** Per quick win: the outcome typed, and per participating stakeholder the new stance (if any). */
    private final Map<Long, String> outcomes = new HashMap<>();
    private final Map<String, Object> newStances = new HashMap<>();

    public void load() {
        coalition = coalitions.open(id);
        total = quickWins.count(id);
        if (first >= total) {
            first = (int) Math.max(0, (total - 1) / PAGE_SIZE * PAGE_SIZE);
        }
        wins = quickWins.list(id, first, PAGE_SIZE);
        stakeholders = stakeholderService.register(id, new RegisterQuery(0, 500, "name", true, null, null, null));
        members = stakeholderService.possibleOwners(id);
    }

    public void plan() {
        attempt(() -> quickWins.plan(id, title, kind, successCriteria, dueOn, new HashSet<>(stakeholderIds), new HashSet<>(memberUsernames)),
                I18n.text("msg.quickWinPlanned"));
        title = null;
        successCriteria = null;
        dueOn = null;
        stakeholderIds = new ArrayList<>();
        memberUsernames = new ArrayList<>();
    }

    public void start(QuickWin win) {
        attempt(() -> quickWins.start(win.getId(), win.getVersion()), I18n.format("msg.quickWinStarted", win.getTitle()));
    }

    public void complete(QuickWin win) {
        finish(win, true);
    }

    public void abandon(QuickWin win) {
        finish(win, false);
    }

    private void finish(QuickWin win, boolean completed) {
        List<QuickWinService.TrustChange> changes = new ArrayList<>();
        win.getStakeholders().forEach(s -> {
            Object chosen = newStances.get(win.getId() + ":" + s.getId());
            if (chosen != null && !String.valueOf(chosen).isBlank()) {
                Stance stance = chosen instanceof Stance known ? known : Stance.valueOf(String.valueOf(chosen));
                changes.add(new QuickWinService.TrustChange(s.getId(), stance, null));
            }
        });
        attempt(() -> quickWins.finish(win.getId(), win.getVersion(), completed, outcomes.get(win.getId()), changes),
                I18n.format(completed ? "msg.quickWinCompleted" : "msg.quickWinAbandoned", win.getTitle()));
    }

    private void attempt(Runnable change, String success) {
        Messages.attempt(change, success);
        load();
    }

    public void nextPage() {
        first += PAGE_SIZE;
        load();
    }

    public void previousPage() {
        first = Math.max(0, first - PAGE_SIZE);
        load();
    }

    public boolean isPreviousPage() { return first > 0; }
    public boolean isNextPage() { return first + PAGE_SIZE < total; }
    public int getFirst() { return first; }
    public long getTotal() { return total; }

    public boolean may(String action) {
        return coalition != null && coalition.may(CoalitionAction.valueOf(action));
    }

    public QuickWinKind[] getKinds() { return QuickWinKind.values(); }
    public Stance[] getStances() { return Stance.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CoalitionOverview getCoalition() { return coalition; }
    public List<QuickWin> getWins() { return wins; }
    public List<StakeholderRow> getStakeholders() { return stakeholders; }
    public List<Person> getMembers() { return members; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public QuickWinKind getKind() { return kind; }
    public void setKind(QuickWinKind kind) { this.kind = kind; }
    public String getSuccessCriteria() { return successCriteria; }
    public void setSuccessCriteria(String successCriteria) { this.successCriteria = successCriteria; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public List<Long> getStakeholderIds() { return stakeholderIds; }
    public void setStakeholderIds(List<Long> stakeholderIds) { this.stakeholderIds = stakeholderIds; }
    public List<String> getMemberUsernames() { return memberUsernames; }
    public void setMemberUsernames(List<String> memberUsernames) { this.memberUsernames = memberUsernames; }
    public Map<Long, String> getOutcomes() { return outcomes; }
    public Map<String, Object> getNewStances() { return newStances; }
}
