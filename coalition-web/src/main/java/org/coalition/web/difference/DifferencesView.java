package org.coalition.web.difference;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.difference.Difference;
import org.coalition.difference.DifferenceDraft;
import org.coalition.difference.DifferenceService;
import org.coalition.difference.DifferenceSummary;
import org.coalition.difference.PartyCandidate;
import org.coalition.difference.PartyDraft;
import org.coalition.shared.Refused;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.coalition.web.platform.Pager;
import org.coalition.web.platform.SuggestedLabels;

/**
 * The differences register: each disagreement with its parties' positions and interests, the options
 * weighed and, once settled, the decision, its rationale and any dissent. Members and sponsors open,
 * add to and resolve differences; everyone else in the coalition reads along. A page of differences at a
 * time, unresolved first.
 */
@Named
@ViewScoped
public class DifferencesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Differences per page: each is a card with its own forms. */
    static final int PAGE_SIZE = 10;

    @EJB
    private CoalitionService coalitions;

    @EJB
    private DifferenceService differences;

    private Long id;
    private CoalitionOverview coalition;
    private List<DifferenceSummary> list;
    private final Pager pager = new Pager(PAGE_SIZE);
    /** The names the "who" pickers suggested, by key ("s12" a stakeholder, "m7" a person): a picker submits the key. */
    private final SuggestedLabels parties = new SuggestedLabels();

    private String topic;
    private String description;
    private String partyA;
    private String positionA;
    private String interestA;
    private String partyB;
    private String positionB;
    private String interestB;

    /** Per difference (by id): the inputs of its own row. One form holds all rows, so each row keeps its own values. */
    private final Map<Long, String> partyWho = new HashMap<>();

    private final Map<Long, String> partyPosition = new HashMap<>();
    private final Map<Long, String> partyInterest = new HashMap<>();
    private final Map<Long, String> options = new HashMap<>();
    private final Map<Long, String> decision = new HashMap<>();
    private final Map<Long, String> rationale = new HashMap<>();
    private final Map<Long, String> dissent = new HashMap<>();

    public void load() {
        coalition = coalitions.heading(id);
        int first = pager.settle(differences.countDifferences(id));
        list = differences.differences(id, first, PAGE_SIZE);
        options.clear();
        list.forEach(s -> options.put(s.difference().getId(), s.difference().getOptionsConsidered()));
    }

    public void open() {
        DifferenceDraft draft = new DifferenceDraft(topic, description, List.of());
        try {
            addDraft(draft, partyA, positionA, interestA);
            addDraft(draft, partyB, positionB, interestB);
        } catch (Refused.Argument e) {
            Messages.error(I18n.refusal(e));
            return;
        }
        if (attempt(() -> differences.open(id, draft), I18n.text("msg.differenceRecorded"))) {
            topic = null;
            description = null;
            partyA = positionA = interestA = null;
            partyB = positionB = interestB = null;
        }
    }

    /** A party row counts once anything in it is filled in; a half-filled row is refused with the service's message. */
    private static void addDraft(DifferenceDraft draft, String who, String position, String interest) {
        if (isBlank(who) && isBlank(position) && isBlank(interest)) {
            return;
        }
        PartyDraft party = isBlank(who) ? new PartyDraft() : PartyDraft.forKey(who, position, interest);
        party.setPosition(position);
        party.setInterest(interest);
        draft.getParties().add(party);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public void addParty(DifferenceSummary summary) {
        Difference d = summary.difference();
        long key = d.getId();
        String who = partyWho.get(key);
        PartyDraft party;
        try {
            party = PartyDraft.forKey(who, partyPosition.get(key), partyInterest.get(key));
        } catch (Refused.Argument e) {
            Messages.error(I18n.refusal(e));
            return;
        }
        if (attempt(
                () -> differences.addParty(key, d.getVersion(), party),
                I18n.format("msg.positionAdded", d.getTopic()))) {
            partyWho.remove(key);
            partyPosition.remove(key);
            partyInterest.remove(key);
        }
    }

    public void saveOptions(DifferenceSummary summary) {
        Difference d = summary.difference();
        attempt(
                () -> differences.recordOptions(d.getId(), d.getVersion(), options.get(d.getId())),
                I18n.text("msg.optionsSaved"));
    }

    public void startDiscussion(DifferenceSummary summary) {
        Difference d = summary.difference();
        attempt(
                () -> differences.startDiscussion(d.getId(), d.getVersion()),
                "\u201c" + d.getTopic() + "\u201d is now in discussion.");
    }

    public void resolve(DifferenceSummary summary) {
        Difference d = summary.difference();
        long key = d.getId();
        if (attempt(
                () -> differences.resolve(key, d.getVersion(), decision.get(key), rationale.get(key), dissent.get(key)),
                I18n.format("msg.resolved", d.getTopic()))) {
            decision.remove(key);
            rationale.remove(key);
            dissent.remove(key);
        }
    }

    public void reopen(DifferenceSummary summary) {
        Difference d = summary.difference();
        attempt(() -> differences.reopen(d.getId(), d.getVersion()), I18n.format("msg.reopened", d.getTopic()));
    }

    /**
     * Runs a change; expected refusals become messages; either way the page shows the latest state.
     *
     * @return whether the change went through
     */
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

    /** The "who" pickers' suggestions as someone types: the keys of at most ten stakeholders and people by that name. */
    public List<String> suggestParties(String text) {
        return parties.remember(differences.suggestParties(id, text), PartyCandidate::key, PartyCandidate::label);
    }

    /** The name a picker shows for the key it holds. */
    public String partyLabel(String key) {
        return parties.of(key);
    }

    /** What the access table lets the viewer do here; pages name the action as {@code CoalitionAction.X} (o:importConstants). */
    public boolean may(CoalitionAction action) {
        return coalition != null && coalition.may(action);
    }

    /** "open 12 days", "open 1 day", "open since today"; a resolved one: "raised 30 days ago". */
    public String age(DifferenceSummary summary) {
        long age = summary.ageInDays();
        if (!summary.difference().getStatus().isUnresolved()) {
            return age == 0 ? "raised today" : "raised " + days(age) + " ago";
        }
        return age == 0 ? "open since today" : "open " + days(age);
    }

    /** "today", "yesterday", "5 days ago". */
    public String quiet(DifferenceSummary summary) {
        long days = summary.daysSinceActivity();
        return days == 0 ? "today" : days == 1 ? "yesterday" : days + " days ago";
    }

    private static String days(long days) {
        return days + (days == 1 ? " day" : " days");
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

    public List<DifferenceSummary> getDifferences() {
        return list;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPartyA() {
        return partyA;
    }

    public void setPartyA(String partyA) {
        this.partyA = partyA;
    }

    public String getPositionA() {
        return positionA;
    }

    public void setPositionA(String positionA) {
        this.positionA = positionA;
    }

    public String getInterestA() {
        return interestA;
    }

    public void setInterestA(String interestA) {
        this.interestA = interestA;
    }

    public String getPartyB() {
        return partyB;
    }

    public void setPartyB(String partyB) {
        this.partyB = partyB;
    }

    public String getPositionB() {
        return positionB;
    }

    public void setPositionB(String positionB) {
        this.positionB = positionB;
    }

    public String getInterestB() {
        return interestB;
    }

    public void setInterestB(String interestB) {
        this.interestB = interestB;
    }

    public Map<Long, String> getPartyWho() {
        return partyWho;
    }

    public Map<Long, String> getPartyPosition() {
        return partyPosition;
    }

    public Map<Long, String> getPartyInterest() {
        return partyInterest;
    }

    public Map<Long, String> getOptions() {
        return options;
    }

    public Map<Long, String> getDecision() {
        return decision;
    }

    public Map<Long, String> getRationale() {
        return rationale;
    }

    public Map<Long, String> getDissent() {
        return dissent;
    }
}
