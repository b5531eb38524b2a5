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

    private final PagedModel<InfluenceLinkRow> links = new PagedModel<>(() -> influence.countLinks(id, null),
            (first, pageSize, sortBy) -> influence.links(id, null, first, pageSize), InfluenceLinkRow::id);

    public void load() {
        coalition = coalitions.open(id);
        NetworkOverview overview = influence.overview(id);
        network = overview.network();
        decisions = overview.decisions();
        named.clear();
        decisions.forEach(d -> named.put(d.milestoneId(), new java.util.ArrayList<>(d.deciderIds())));
        chosen = person == null ? null : network.person(person).orElse(null);
        layout = InfluenceLayout.of(network, chosen == null ? null : chosen.ref());
    }

    /** The people on a path, in order. */
    public List<InfluenceNetwork.Person> steps(InfluenceGraph.Path path) {
        return network.steps(path);
    }

    /** Who has this person's ear directly, as people with the link's strength. */
    public List<Ear> ears(InfluenceNetwork.Person to) {
        return network.into(to.ref()).stream().map(e -> new Ear(network.person(e.from()).orElseThrow(), e.strength())).toList();
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

    public record Ear(InfluenceNetwork.Person person, int strength) implements Serializable {
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
    public void setPerson(String person) { this.person = person; }
    public CoalitionOverview getCoalition() { return coalition; }
    public InfluenceNetwork getNetwork() { return network; }
    public InfluenceLayout getLayout() { return layout; }
    public InfluenceNetwork.Person getChosen() { return chosen; }
    public PagedModel<InfluenceLinkRow> getLinks() { return links; }
    public int getListPage() { return LIST_PAGE; }
    public double getSize() { return InfluenceLayout.SIZE; }
}
