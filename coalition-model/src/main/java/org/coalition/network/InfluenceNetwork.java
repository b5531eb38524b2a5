package org.coalition.network;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coalition.network.InfluenceGraph.Edge;
import org.coalition.network.InfluenceGraph.Path;
import org.coalition.network.InfluenceGraph.Ref;
import org.coalition.stakeholder.DecisionRole;
import org.coalition.stakeholder.Stance;

/**
 * A coalition's influence network as its pages and the API show it: everyone in it (stakeholders with their stance,
 * whether it is verified and how old the evidence is; members), the links, every decision maker with the strongest
 * short paths to them, and each member's reach. Built from plain rows, so it costs no statements of its own.
 */
public final class InfluenceNetwork {

    /** How many paths to one person are shown: the strongest few. */
    public static final int PATHS_SHOWN = 3;

    /**
     * Someone in the network. For a member, stance, department, evidence and decision role are empty.
     *
     * @param evidenceOn the date of the latest conversation with a stakeholder, or null
     */
    public record Person(
            Ref ref,
            String name,
            String department,
            Stance stance,
            boolean verified,
            LocalDate evidenceOn,
            DecisionRole decisionRole) {

        public static Person member(long personId, String name) {
            return new Person(Ref.member(personId), name, null, null, false, null, null);
        }

        public boolean member() {
            return ref.member();
        }

        public boolean decisionMaker() {
            return decisionRole != null;
        }

        public String key() {
            return ref.key();
        }
    }

    /** A decision maker and the strongest short paths of the members to them (at most {@value #PATHS_SHOWN}). */
    public record DecisionMaker(Person person, List<Path> paths) {}

    private final Map<Ref, Person> people = new LinkedHashMap<>();
    private final InfluenceGraph graph;

    private InfluenceNetwork(List<Person> people, InfluenceGraph graph) {
        graph.nodes().forEach(n -> this.people.put(n.ref(), null));
        Map<Ref, Person> byRef = new HashMap<>();
        people.forEach(p -> byRef.put(p.ref(), p));
        this.people.replaceAll((ref, none) -> byRef.get(ref));
        this.graph = graph;
    }

    public static InfluenceNetwork of(Collection<Person> people, Collection<Edge> edges) {
        List<Person> distinct = people.stream().distinct().toList();
        InfluenceGraph graph = InfluenceGraph.of(
                distinct.stream()
                        .map(p -> new InfluenceGraph.Node(p.ref(), p.name()))
                        .toList(),
                edges);
        return new InfluenceNetwork(distinct, graph);
    }

    public InfluenceGraph graph() {
        return graph;
    }

    /** Everyone, by name. */
    public List<Person> people() {
        return List.copyOf(people.values());
    }

    public Optional<Person> person(Ref ref) {
        return Optional.ofNullable(people.get(ref));
    }

    /** The person of this key ({@code m12}, {@code s34}), if in the network. */
    public Optional<Person> person(String key) {
        return people.values().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public List<Person> members() {
        return people.values().stream().filter(Person::member).toList();
    }

    /** The strongest short paths of the members to this person, the strongest first, at most {@value #PATHS_SHOWN}. */
    public List<Path> pathsTo(Ref to) {
        return shown(graph.pathsTo(to));
    }

    /** Every decision maker by name, with the paths to them. */
    public List<DecisionMaker> decisionMakers() {
        return decisionMakers(0, Integer.MAX_VALUE);
    }

    /** How many decision makers there are. */
    public int decisionMakerCount() {
        return (int) people.values().stream().filter(Person::decisionMaker).count();
    }

    /** A page of the decision makers by name, with the paths to them (worked out for this page only). */
    public List<DecisionMaker> decisionMakers(int first, int max) {
        List<Person> page = people.values().stream()
                .filter(Person::decisionMaker)
                .skip(first)
                .limit(max)
                .toList();
        Map<Ref, List<Path>> paths =
                graph.pathsTo(page.stream().map(Person::ref).toList());
        return page.stream()
                .map(p -> new DecisionMaker(p, shown(paths.getOrDefault(p.ref(), List.of()))))
                .toList();
    }

    private static List<Path> shown(List<Path> paths) {
        return paths.size() > PATHS_SHOWN ? paths.subList(0, PATHS_SHOWN) : paths;
    }

    /** Each member and how many decision makers they reach within {@value InfluenceGraph#REACH_HOPS} links, by name. */
    public Map<Person, Integer> reach() {
        List<Ref> deciders = people.values().stream()
                .filter(Person::decisionMaker)
                .map(Person::ref)
                .toList();
        Map<Person, Integer> reach = new LinkedHashMap<>();
        graph.reach(deciders).forEach((ref, count) -> reach.put(people.get(ref), count));
        return reach;
    }

    /**
     * Whom to ask to reach this person: the one who has their ear on the strongest short path (a stakeholder, or the
     * member themselves when the path is a single link). Empty when no member reaches them.
     */
    public Optional<Person> ear(Ref to) {
        return graph.pathsTo(to).stream().findFirst().map(path -> people.get(path.ear()));
    }

    /** Who has this person's ear directly, the strongest first. */
    public List<Edge> into(Ref to) {
        return graph.into(to);
    }

    /** The person at each step of a path. */
    public List<Person> steps(Path path) {
        return path.steps().stream().map(people::get).toList();
    }
}
