package org.coalition.web.network;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.network.InfluenceGraph;
import org.coalition.network.InfluenceLayout;
import org.coalition.network.InfluenceLinkRow;
import org.coalition.network.InfluenceNetwork;
import org.coalition.network.InfluenceService;
import org.coalition.network.DecisionReadiness;
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

    @EJB
    private InfluenceService influence;

    @EJB
    private CoalitionService coalitions;

    private Long id;
    private String person;
    private CoalitionOverview coalition;
    private InfluenceNetwork network;
    private InfluenceLayout layout;
    private InfluenceNetwork.Person chosen;
    private List<PendingDecision> decisions = List.of();
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
    /** The part of the network drawn (all of it without a filter). */
    private InfluenceNetwork shown;
    private List<InfluenceNetwork.Person> found = List.of();
    private java.util.Set<String> foundKeys = java.util.Set.of();

    private final PagedModel<InfluenceLinkRow> links = new PagedModel<>(() -> influence.countShownLinks(id, filter),
            (first, pageSize, sortBy) -> influence.shownLinks(id, filter, first, pageSize), InfluenceLinkRow::id);

    public void load() {
        coalition = coalitions.heading(id);
        NetworkOverview overview = influence.overview(id);
        network = overview.network();
        decisions = overview.decisions();
        named.clear();
        decisions.forEach(d -> named.put(d.milestoneId(), new java.util.ArrayList<>(d.deciderIds())));
        filter = new NetworkFilter(department, stance);
        shown = filter.apply(network);
        found = NetworkFilter.search(network, q);
        foundKeys = found.stream().map(InfluenceNetwork.Person::key).collect(java.util.stream.Collectors.toSet());
        if (person == null && found.size() == 1) {
            person = found.get(0).key(); // one person found: show who reaches them
        }
        // the whole network's: someone the filters leave out can be chosen from the search, to see who reaches them
        chosen = person == null ? null : network.person(person).orElse(null);
        layout = InfluenceLayout.of(shown, chosen == null ? null : chosen.ref());
    }

    /** The filters and the search as the rest of an address ("&department=…"), so choosing a person keeps them. */
    public String getFilterQuery() {
        StringBuilder query = new StringBuilder();
        if (filter.department() != null) {
            query.append("&department=").append(java.net.URLEncoder.encode(filter.department(), java.nio.charset.StandardCharsets.UTF_8));
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
        return network.people().stream().map(InfluenceNetwork.Person::department).filter(java.util.Objects::nonNull).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
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

    /** The people on a path of the whole network, in order, each marked when the filters leave them out of the drawing. */
    public List<NetworkFilter.Step> steps(InfluenceGraph.Path path) {
        return filter.steps(network, path);
    }

    /** The members' paths to this person in the whole network, whatever the filters draw ({@link NetworkFilter#pathsTo}). */
    public List<NetworkFilter.ShownPath> pathsTo(InfluenceNetwork.Person to) {
        return filter.pathsTo(network, to.ref());
    }

    /** Who has this person's ear directly in the whole network, with the link's strength, hidden ones marked. */
    public List<NetworkFilter.Ear> ears(InfluenceNetwork.Person to) {
        return filter.ears(network, to.ref());
    }

    /** Whether the chosen person is left out of the drawing by the filters (chosen from the search). */
    public boolean isChosenHidden() {
        return chosen != null && !filter.shows(chosen);
    }

    /** Whom to ask for this decision maker, if anyone on a path has their ear: "ask X, who has Y's ear". */
    public InfluenceNetwork.Person ask(InfluenceNetwork.Person to) {
        Optional<InfluenceNetwork.Person> ear = network.ear(to.ref());
        return ear.filter(p -> !p.member()).orElse(null);
    }

    /** A member and how many decision makers they reach within two links. */
    public record Reach(InfluenceNetwork.Person member, int decisionMakers) implements Serializable {
    }

    public List<Reach> getReach() {
        return network.reach().entrySet().stream().map(e -> new Reach(e.getKey(), e.getValue())).toList();
    }


    /** Approvers and veto holders, who may be named as a decision's deciders. */
    public List<InfluenceNetwork.Person> getCandidates() {
        return network.people().stream().filter(p -> p.decisionRole() != null && p.decisionRole().decides()).toList();
    }

    public void nameDeciders(PendingDecision decision) {
        java.util.Set<Long> ids = ticked(named.get(decision.milestoneId()));
        if (Messages.attempt(() -> influence.nameDeciders(decision.milestoneId(), ids),
                I18n.text("influence.decidersSaved")).done()) {
            load();
        }
    }

    private static java.util.Set<Long> ticked(Object chosen) {
        java.util.Collection<?> values = chosen instanceof Object[] array ? java.util.Arrays.asList(array)
                : chosen instanceof java.util.Collection<?> list ? list : List.of();
        java.util.Set<Long> ids = new java.util.HashSet<>();
        values.forEach(value -> ids.add(((Number) value).longValue()));
        return ids;
    }

    /** "Would pass today" or "would not pass today: Cleo is unverified, …", in the page's language. */
    public String verdict(DecisionReadiness readiness) {
        if (!readiness.named()) {
            return I18n.text("influence.noDeciders");
        }
        if (readiness.passes()) {
            return I18n.text("influence.wouldPass");
        }
        String reasons = readiness.blockers().stream().map(b -> I18n.format(switch (b.block()) {
                    case UNVERIFIED -> "influence.block.UNVERIFIED";
                    case NOT_FOR_IT -> "influence.block.NOT_FOR_IT";
                    case MAY_VETO -> "influence.block.MAY_VETO";
                }, b.person().name(), I18n.labelOf(b.person().stance()))).collect(java.util.stream.Collectors.joining("; "));
        return I18n.format("influence.wouldNotPass", reasons);
    }

    public boolean isChosen(InfluenceNetwork.Person p) {
        return chosen != null && chosen.ref().equals(p.ref());
    }

    public List<PendingDecision> getDecisions() { return decisions; }
    public java.util.Map<Long, Object> getNamed() { return named; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getPerson() { return person; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getStance() { return stance == null ? null : stance.name(); }

    /** A stance by name from the address; anything else is no filter (an edited address never fails the page). */
    public void setStance(String stance) {
        this.stance = java.util.Arrays.stream(org.coalition.stakeholder.Stance.values()).filter(s -> s.name().equals(stance))
                .findFirst().orElse(null);
    }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public NetworkFilter getFilter() { return filter; }
    public InfluenceNetwork getShown() { return shown; }
    public List<InfluenceNetwork.Person> getFound() { return found; }

    /** The first people found, listed under the search box (the drawing highlights them all). */
    public List<InfluenceNetwork.Person> getFoundShown() { return found.subList(0, Math.min(FOUND_LISTED, found.size())); }
    public void setPerson(String person) { this.person = person; }
    public CoalitionOverview getCoalition() { return coalition; }
    public InfluenceNetwork getNetwork() { return network; }
    public InfluenceLayout getLayout() { return layout; }
    public InfluenceNetwork.Person getChosen() { return chosen; }
    public PagedModel<InfluenceLinkRow> getLinks() { return links; }
    public int getListPage() { return LIST_PAGE; }
    public double getSize() { return InfluenceLayout.SIZE; }
}
