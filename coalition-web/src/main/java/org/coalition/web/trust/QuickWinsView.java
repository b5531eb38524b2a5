package org.coalition.web.trust;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.stakeholder.Stance;
import org.coalition.trust.ParticipantChoice;
import org.coalition.trust.QuickWin;
import org.coalition.trust.QuickWinKind;
import org.coalition.trust.QuickWinService;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.coalition.web.platform.Pager;
import org.coalition.web.platform.SuggestedLabels;

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

    private Long id;
    private CoalitionOverview coalition;
    private List<QuickWin> wins;
    private final Pager pager = new Pager(PAGE_SIZE);

    private String title;
    private QuickWinKind kind = QuickWinKind.PILOT;
    private String successCriteria;
    private LocalDate dueOn;

    /*
     * Participants are found by typing (a large coalition has thousands of stakeholders and hundreds of members):
     * each pick is added to the chosen ones (key -> name) until the quick win is planned.
     */
    private final SuggestedLabels stakeholderSuggestions = new SuggestedLabels();
    private final SuggestedLabels memberSuggestions = new SuggestedLabels();
    private final Map<String, String> chosenStakeholders = new LinkedHashMap<>();
    private final Map<String, String> chosenMembers = new LinkedHashMap<>();
    private String stakeholderPick;
    private String memberPick;

    /** Per quick win: the outcome typed, and per participating stakeholder the new stance (if any). */
    private final Map<Long, String> outcomes = new HashMap<>();

    private final Map<String, Object> newStances = new HashMap<>();

    public void load() {
        coalition = coalitions.heading(id);
        int first = pager.settle(quickWins.count(id));
        wins = quickWins.list(id, first, PAGE_SIZE);
    }

    public void plan() {
        Set<Long> stakeholderIds = new HashSet<>();
        chosenStakeholders.keySet().forEach(key -> stakeholderIds.add(Long.valueOf(key)));
        Set<String> memberUsernames = new HashSet<>(chosenMembers.keySet());
        if (attempt(
                () -> quickWins.plan(id, title, kind, successCriteria, dueOn, stakeholderIds, memberUsernames),
                I18n.text("msg.quickWinPlanned"))) {
            title = null;
            successCriteria = null;
            dueOn = null;
            chosenStakeholders.clear();
            chosenMembers.clear();
        }
    }

    /** The stakeholder picker's suggestions as someone types: the ids of at most ten stakeholders by that name. */
    public List<String> suggestStakeholders(String text) {
        return stakeholderSuggestions.remember(
                quickWins.suggestStakeholders(id, text), ParticipantChoice::key, ParticipantChoice::label);
    }

    /** The member picker's suggestions: the usernames of at most ten sponsors and members by that name. */
    public List<String> suggestMembers(String text) {
        return memberSuggestions.remember(
                quickWins.suggestMembers(id, text), ParticipantChoice::key, ParticipantChoice::label);
    }

    public String stakeholderLabel(String key) {
        return stakeholderSuggestions.of(key);
    }

    public String memberLabel(String key) {
        return memberSuggestions.of(key);
    }

    /** A suggestion was picked: it joins the chosen stakeholders, and the picker is empty for the next one. */
    public void addStakeholder() {
        choose(stakeholderPick, stakeholderSuggestions, chosenStakeholders);
        stakeholderPick = null;
    }

    public void addMember() {
        choose(memberPick, memberSuggestions, chosenMembers);
        memberPick = null;
    }

    /** Only what was suggested can be chosen: the picker's value is the client's to change. */
    private static void choose(String key, SuggestedLabels suggested, Map<String, String> chosen) {
        if (suggested.knows(key)) {
            chosen.putIfAbsent(key, suggested.of(key));
        }
    }

    public void dropStakeholder(String key) {
        chosenStakeholders.remove(key);
    }

    public void dropMember(String key) {
        chosenMembers.remove(key);
    }

    public void start(QuickWin win) {
        attempt(
                () -> quickWins.start(win.getId(), win.getVersion()),
                I18n.format("msg.quickWinStarted", win.getTitle()));
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
        attempt(
                () -> quickWins.finish(win.getId(), win.getVersion(), completed, outcomes.get(win.getId()), changes),
                I18n.format(completed ? "msg.quickWinCompleted" : "msg.quickWinAbandoned", win.getTitle()));
    }

    /** Runs a change; expected refusals become messages; either way the page shows the latest state. */
    private boolean attempt(Runnable change, String success) {
        boolean done = Messages.attempt(change, success).done();
        load();
        return done;
    }

    public void nextPage() {
        pager.next();
        load();
    }

    public void previousPage() {
        pager.previous();
        load();
    }

    public Pager getPager() {
        return pager;
    }

    /** What the access table lets the viewer do here; pages name the action as {@code CoalitionAction.X} (o:importConstants). */
    public boolean may(CoalitionAction action) {
        return coalition != null && coalition.may(action);
    }

    public QuickWinKind[] getKinds() {
        return QuickWinKind.values();
    }

    public Stance[] getStances() {
        return Stance.values();
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

    public List<QuickWin> getWins() {
        return wins;
    }
    /** The chosen stakeholders and members, key and name, in the order they were picked. */
    public List<ParticipantChoice> getChosenStakeholders() {
        return chosen(chosenStakeholders);
    }

    public List<ParticipantChoice> getChosenMembers() {
        return chosen(chosenMembers);
    }

    private static List<ParticipantChoice> chosen(Map<String, String> chosen) {
        return chosen.entrySet().stream()
                .map(e -> new ParticipantChoice(e.getKey(), e.getValue()))
                .toList();
    }

    public String getStakeholderPick() {
        return stakeholderPick;
    }

    public void setStakeholderPick(String stakeholderPick) {
        this.stakeholderPick = stakeholderPick;
    }

    public String getMemberPick() {
        return memberPick;
    }

    public void setMemberPick(String memberPick) {
        this.memberPick = memberPick;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public QuickWinKind getKind() {
        return kind;
    }

    public void setKind(QuickWinKind kind) {
        this.kind = kind;
    }

    public String getSuccessCriteria() {
        return successCriteria;
    }

    public void setSuccessCriteria(String successCriteria) {
        this.successCriteria = successCriteria;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Map<Long, String> getOutcomes() {
        return outcomes;
    }

    public Map<String, Object> getNewStances() {
        return newStances;
    }
}
