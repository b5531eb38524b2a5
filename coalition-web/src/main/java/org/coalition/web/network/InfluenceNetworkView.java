package org.coalition.web.network;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.network.DecisionReadiness;
import org.coalition.network.InfluenceGraph;
import org.coalition.network.InfluenceLayout;
import org.coalition.network.InfluenceLinkRow;
import org.coalition.network.InfluenceNetwork;
import org.coalition.network.InfluenceService;
import org.coalition.network.NetworkFilter;
import org.coalition.network.NetworkOverview;
import org.coalition.network.PendingDecision;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.coalition.web.platform.PagedModel;

/**
 * A coalition's influence network: the graph as the server laid it out (members in the middle, decision makers
 * around them), each person a link that chooses them; for the chosen person, who has their ear and the members'
 * paths to them; every decision maker with the paths to them and each member's reach; and the links as a paged table.
 */
@Named
@ViewScoped
public class InfluenceNetworkView implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LIST_PAGE = 25;
    /** How many people a search lists by name. */
    public static final int FOUND_LISTED = 20;

    /** How many decision makers a page of their list shows, and how many members the reach table lists. */
    public static final int DECISION_MAKERS_PAGE = 20;

    public static final int REACH_LISTED = 20;
    /** How many awaited decisions are shown (the soonest due first), and how many candidates a decision's form offers. */
    public static final int DECISIONS_SHOWN = 10;

    public static final int CANDIDATES_LISTED = 20;
    /** How many of the chosen person's direct influencers are listed (the strongest first). */
    public static final int EARS_LISTED = 30;

    @EJB
    private InfluenceService influence;

    @EJB
    private CoalitionService coalitions;

    private Long id;
    private String person;
    private CoalitionOverview coalition;
    private int decisionMakersPage;
    private Long decide;

    /*
     * What the page shows, and no more: the whole network is read and walked per request in load() and let go, so a view
     * kept in the session holds the drawing's few hundred people and the listed rows, whatever the coalition's size.
     */
    private InfluenceLayout layout;
    private InfluenceNetwork.Person chosen;
    private boolean chosenHidden;
    private List<NetworkFilter.Ear> chosenEars = List.of();
    private int chosenEarCount;
    private List<NetworkFilter.ShownPath> chosenPaths = List.of();
    private List<PendingDecision> decisions = List.of();
    private int decisionCount;
    /** The decision whose deciders are being changed, if it awaits its decision. */
    private PendingDecision changing;

    private List<DecisionMakerRow> decisionMakers = List.of();
    private int decisionMakerCount;
    private List<Reach> reach = List.of();
    private int memberCount;
    private List<InfluenceNetwork.Person> candidates = List.of();
    private int candidateCount;
    private int candidateCountAll;
    private List<String> departments = List.of();
    private int peopleCount;
    private int shownCount;
    private int shownLinkCount;
    /** The people on the paths the decisions show, for their names. */
    private final java.util.Map<InfluenceGraph.Ref, InfluenceNetwork.Person> onPaths = new java.util.HashMap<>();
    /**
     * The deciders ticked for each decision, by milestone: a list as loaded, an array of ids once submitted (a
     * selectManyCheckbox bound to a map entry sees the type Object and stores an Object[]).
     */
    private final java.util.Map<Long, Object> named = new java.util.HashMap<>();

    /** The filters and the search, as the page's GET form sends them. */
    private String department;

    private org.coalition.stakeholder.Stance stance;
    private String q;
    private NetworkFilter filter = NetworkFilter.NONE;
    private List<InfluenceNetwork.Person> foundShown = List.of();
    private int foundCount;
    private java.util.Set<String> foundKeys = java.util.Set.of();

    private final PagedModel<InfluenceLinkRow> links = new PagedModel<>(
            () -> influence.countShownLinks(id, filter),
            (first, pageSize, sortBy) -> influence.shownLinks(id, filter, first, pageSize),
            InfluenceLinkRow::id);

    /** A decision maker of the listed page, the members' paths to them, and whom to ask when they block. */
    public record DecisionMakerRow(
            InfluenceNetwork.Person person, List<NetworkFilter.ShownPath> paths, InfluenceNetwork.Person ask) {}

    /** A member and how many decision makers they reach within two links. */
    public record Reach(InfluenceNetwork.Person member, int decisionMakers) implements Serializable {}

    public void load() {
        coalition = coalitions.heading(id);
        NetworkOverview overview = influence.overview(id);
        InfluenceNetwork network = overview.network();
        filter = new NetworkFilter(department, stance);
        List<InfluenceNetwork.Person> people = network.people();
        peopleCount = people.size();
        departments = people.stream()
                .map(InfluenceNetwork.Person::department)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();

        List<InfluenceNetwork.Person> found = NetworkFilter.search(network, q);
        foundCount = found.size();
        foundShown = List.copyOf(found.subList(0, Math.min(FOUND_LISTED, found.size())));
        if (person == null && found.size() == 1) {
            person = found.get(0).key(); // one person found: show who reaches them
        }
        // the whole network's: someone the filters leave out can be chosen from the search, to see who reaches them
        chosen = person == null ? null : network.person(person).orElse(null);
        chosenHidden = chosen != null && !filter.shows(chosen);
        List<InfluenceGraph.Ref> wanted = new java.util.ArrayList<>();
        if (chosen != null && !chosen.member()) {
            List<NetworkFilter.Ear> ears = filter.ears(network, chosen.ref());
            chosenEarCount = ears.size();
            chosenEars = List.copyOf(ears.subList(0, Math.min(EARS_LISTED, ears.size())));
            chosenPaths = filter.pathsTo(network, chosen.ref());
            chosenEars.forEach(e -> wanted.add(e.person().ref()));
            chosenPaths.forEach(p -> wanted.addAll(p.path().steps()));
        } else {
            chosenEars = List.of();
            chosenEarCount = 0;
            chosenPaths = List.of();
        }
        foundShown.forEach(p -> wanted.add(p.ref()));

        InfluenceNetwork shown = filter.apply(network);
        shownCount = shown.people().size();
        shownLinkCount = shown.graph().edges().size();
        layout = InfluenceLayout.of(shown, chosen == null ? null : chosen.ref(), wanted);
        java.util.Set<String> drawn =
                layout.placed().stream().map(p -> p.person().key()).collect(java.util.stream.Collectors.toSet());
        foundKeys = found.stream()
                .map(InfluenceNetwork.Person::key)
                .filter(drawn::contains)
                .collect(java.util.stream.Collectors.toSet());

        decisionCount = overview.decisions().size();
        decisions = List.copyOf(overview.decisions().subList(0, Math.min(DECISIONS_SHOWN, decisionCount)));
        changing = decide == null
                ? null
                : overview.decisions().stream()
                        .filter(d -> d.milestoneId() == decide.longValue())
                        .findFirst()
                        .orElse(null);
        named.clear();
        onPaths.clear();
        if (changing != null) {
            named.put(changing.milestoneId(), new java.util.ArrayList<>(changing.deciderIds()));
        }
        decisions.forEach(d -> {
            named.put(d.milestoneId(), new java.util.ArrayList<>(d.deciderIds()));
            d.readiness().deciders().stream()
                    .filter(dd -> dd.path() != null)
                    .forEach(dd ->
                            dd.path().steps().forEach(ref -> network.person(ref).ifPresent(p -> onPaths.put(ref, p))));
        });
        candidates(network);

        decisionMakerCount = network.decisionMakerCount();
        int pages = Math.max(1, (decisionMakerCount + DECISION_MAKERS_PAGE - 1) / DECISION_MAKERS_PAGE);
        decisionMakersPage = Math.max(0, Math.min(decisionMakersPage, pages - 1));
        decisionMakers =
                network.decisionMakers(decisionMakersPage * DECISION_MAKERS_PAGE, DECISION_MAKERS_PAGE).stream()
                        .map(dm -> new DecisionMakerRow(
                                dm.person(),
                                dm.paths().stream()
                                        .map(path -> new NetworkFilter.ShownPath(path, filter.steps(network, path)))
                                        .toList(),
                                (!dm.person().verified() || dm.person().stance().score() <= 2)
                                        ? ask(network, dm.person())
                                        : null))
                        .toList();

        var reachOf = network.reach();
        memberCount = reachOf.size();
        reach = reachOf.entrySet().stream()
                .map(e -> new Reach(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparingInt(Reach::decisionMakers).reversed())
                .limit(REACH_LISTED)
                .toList();
    }

    /**
     * Who may be named for the decision being changed: those named already, then the approvers and veto holders the
     * filters and the search leave in, by name, at most {@value #CANDIDATES_LISTED}.
     */
    private void candidates(InfluenceNetwork network) {
        if (changing == null) {
            candidates = List.of();
            candidateCount = 0;
            return;
        }
        String text = q == null || q.isBlank() ? null : q.strip().toLowerCase(java.util.Locale.ROOT);
        List<InfluenceNetwork.Person> eligible = network.people().stream()
                .filter(p -> p.decisionRole() != null && p.decisionRole().decides())
                .toList();
        List<InfluenceNetwork.Person> matching = eligible.stream()
                .filter(p -> changing.deciderIds().contains(p.ref().id())
                        || (filter.shows(p)
                                && (text == null
                                        || p.name()
                                                .toLowerCase(java.util.Locale.ROOT)
                                                .contains(text))))
                .toList();
        candidateCount = matching.size();
        List<InfluenceNetwork.Person> listed = new java.util.ArrayList<>(matching.stream()
                .filter(p -> changing.deciderIds().contains(p.ref().id()))
                .toList());
        matching.stream()
                .filter(p -> !changing.deciderIds().contains(p.ref().id()))
                .limit(Math.max(0, CANDIDATES_LISTED - listed.size()))
                .forEach(listed::add);
        candidates = List.copyOf(listed);
        candidateCountAll = eligible.size();
    }

    /** The decision whose deciders are being changed ({@code decide} in the address), if it awaits its decision. */
    public PendingDecision getChanging() {
        return changing;
    }

    /** Whom to ask for this decision maker, if anyone on a path has their ear: "ask X, who has Y's ear". */
    private static InfluenceNetwork.Person ask(InfluenceNetwork network, InfluenceNetwork.Person to) {
        Optional<InfluenceNetwork.Person> ear = network.ear(to.ref());
        return ear.filter(p -> !p.member()).orElse(null);
    }

    /** The filters and the search as the rest of an address ("&department=…"), so choosing a person keeps them. */
    public String getFilterQuery() {
        StringBuilder query = new StringBuilder();
        if (filter.department() != null) {
            query.append("&department=")
                    .append(java.net.URLEncoder.encode(filter.department(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (filter.stance() != null) {
            query.append("&stance=").append(filter.stance().name());
        }
        if (q != null && !q.isBlank()) {
            query.append("&q=").append(java.net.URLEncoder.encode(q.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    /** The departments of the coalition's stakeholders, for the filter. */
    public List<String> getDepartments() {
        return departments;
    }

    public org.coalition.stakeholder.Stance[] getStances() {
        return org.coalition.stakeholder.Stance.values();
    }

    /** Whether the search found this person (the drawing highlights them). */
    public boolean isFound(InfluenceNetwork.Person p) {
        return foundKeys.contains(p.key());
    }

    /** Whether a person the search found is left out of the drawing by the filters. */
    public boolean isHidden(InfluenceNetwork.Person p) {
        return !filter.shows(p);
    }

    /** The people on a decider's path, in order, each marked when the filters leave them out of the drawing. */
    public List<NetworkFilter.Step> steps(InfluenceGraph.Path path) {
        return path.steps().stream()
                .map(onPaths::get)
                .filter(java.util.Objects::nonNull)
                .map(filter::step)
                .toList();
    }

    /** Whether the chosen person is left out of the drawing by the filters (chosen from the search). */
    public boolean isChosenHidden() {
        return chosenHidden;
    }

    public List<Reach> getReach() {
        return reach;
    }

    /** Approvers and veto holders who may be named for the decision being changed (bounded; see {@link #candidates}). */
    public List<InfluenceNetwork.Person> getCandidates() {
        return candidates;
    }

    /** Whether more approvers and veto holders match than the form lists: narrow them with the search or filters. */
    public boolean isCandidatesNarrowed() {
        return candidateCount > candidates.size();
    }

    /** Whether the coalition has approvers or veto holders at all. */
    public boolean isAnyCandidate() {
        return candidateCountAll > 0;
    }

    public void nameDeciders(PendingDecision decision) {
        java.util.Set<Long> ids = ticked(named.get(decision.milestoneId()));
        if (Messages.attempt(
                        () -> influence.nameDeciders(decision.milestoneId(), ids), I18n.text("influence.decidersSaved"))
                .done()) {
            load();
        }
    }

    /** "Would pass today" or "would not pass today: Cleo is unverified, …", in the page's language. */
    public String verdict(DecisionReadiness readiness) {
        if (!readiness.named()) {
            return I18n.text("influence.noDeciders");
        }
        if (readiness.passes()) {
            return I18n.text("influence.wouldPass");
        }
        String reasons = readiness.blockers().stream()
                .map(b -> I18n.format(
                        switch (b.block()) {
                            case UNVERIFIED -> "influence.block.UNVERIFIED";
                            case NOT_FOR_IT -> "influence.block.NOT_FOR_IT";
                            case MAY_VETO -> "influence.block.MAY_VETO";
                        },
                        b.person().name(),
                        I18n.labelOf(b.person().stance())))
                .collect(java.util.stream.Collectors.joining("; "));
        return I18n.format("influence.wouldNotPass", reasons);
    }

    public boolean isChosen(InfluenceNetwork.Person p) {
        return chosen != null && chosen.ref().equals(p.ref());
    }

    private static java.util.Set<Long> ticked(Object chosen) {
        java.util.Collection<?> values = chosen instanceof Object[] array
                ? java.util.Arrays.asList(array)
                : chosen instanceof java.util.Collection<?> list ? list : List.of();
        java.util.Set<Long> ids = new java.util.HashSet<>();
        values.forEach(value -> ids.add(((Number) value).longValue()));
        return ids;
    }

    public List<PendingDecision> getDecisions() {
        return decisions;
    }
    /** How many decisions are awaited beyond those shown. */
    public int getMoreDecisions() {
        return decisionCount - decisions.size();
    }

    public java.util.Map<Long, Object> getNamed() {
        return named;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getPerson() {
        return person;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getStance() {
        return stance == null ? null : stance.name();
    }

    /** A stance by name from the address; anything else is no filter (an edited address never fails the page). */
    public void setStance(String stance) {
        this.stance = java.util.Arrays.stream(org.coalition.stakeholder.Stance.values())
                .filter(s -> s.name().equals(stance))
                .findFirst()
                .orElse(null);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public NetworkFilter getFilter() {
        return filter;
    }

    public int getFoundCount() {
        return foundCount;
    }

    /** The first people found, listed under the search box (the drawing highlights those it draws). */
    public List<InfluenceNetwork.Person> getFoundShown() {
        return foundShown;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public CoalitionOverview getCoalition() {
        return coalition;
    }

    public InfluenceLayout getLayout() {
        return layout;
    }

    public InfluenceNetwork.Person getChosen() {
        return chosen;
    }

    public List<NetworkFilter.Ear> getChosenEars() {
        return chosenEars;
    }
    /** How many more have the chosen person's ear than are listed. */
    public int getMoreEars() {
        return chosenEarCount - chosenEars.size();
    }

    public List<NetworkFilter.ShownPath> getChosenPaths() {
        return chosenPaths;
    }

    public List<DecisionMakerRow> getDecisionMakers() {
        return decisionMakers;
    }

    public int getDecisionMakerCount() {
        return decisionMakerCount;
    }
    /** The page of the decision makers' list (from 0), as the address gives it ({@code dms}, from 1). */
    public int getDecisionMakersPage() {
        return decisionMakersPage;
    }
    /** The position of the page's first decision maker in the list, from 1. */
    public int getDecisionMakersFrom() {
        return decisionMakersPage * DECISION_MAKERS_PAGE + 1;
    }

    public Integer getDms() {
        return decisionMakersPage + 1;
    }

    public void setDms(Integer dms) {
        this.decisionMakersPage = dms == null || dms < 1 ? 0 : dms - 1;
    }

    public boolean isMoreDecisionMakers() {
        return (decisionMakersPage + 1) * DECISION_MAKERS_PAGE < decisionMakerCount;
    }

    public int getMemberCount() {
        return memberCount;
    }

    public Long getDecide() {
        return decide;
    }

    public void setDecide(Long decide) {
        this.decide = decide;
    }

    public int getPeopleCount() {
        return peopleCount;
    }

    public int getShownCount() {
        return shownCount;
    }

    public int getShownLinkCount() {
        return shownLinkCount;
    }

    public PagedModel<InfluenceLinkRow> getLinks() {
        return links;
    }

    public int getListPage() {
        return LIST_PAGE;
    }

    public double getSize() {
        return InfluenceLayout.SIZE;
    }
}
