package org.coalition.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who has whose ear in one coalition, and the coalition's routes to its decision makers.
 * <p>
 * <b>The rules.</b> A path starts at a member of the coalition and follows influence links to a stakeholder, at most
 * {@value #MAX_HOPS} links long. Its strength is that of its weakest link (an introduction is only as good as the
 * least trusted hand it passes through). The <em>strongest short path</em> from a member to someone is the one with
 * the greatest strength; among equally strong ones the one with fewer links; among those the first by the names of
 * the people on it (then by who they are), so the same data always gives the same path. A member's <em>reach</em> is
 * how many decision makers they reach within {@value #REACH_HOPS} links.
 * <p>
 * <b>The work is bounded.</b> For every member, a layered relaxation over the links: for each number of links (1 to
 * 3) and each strength (1 to 3), the first walk by names that ends at each person with at least that strength; so
 * 9 passes over the links per member, however the links are wired (a member with thousands of second-hand contacts
 * costs the same). Walks that go round a cycle never win: the walk without the cycle is as strong and shorter.
 * No graph library: this is a few arrays, and its rules are ours to test.
 */
public final class InfluenceGraph {

    public static final int MAX_HOPS = 3;
    public static final int REACH_HOPS = 2;
    private static final int LEVELS = InfluenceLink.STRONGEST;

    /** Who a node is: a member of the coalition (a person's id) or a stakeholder (a stakeholder's id). */
    public record Ref(boolean member, long id) {

        public static Ref member(long personId) {
            return new Ref(true, personId);
        }

        public static Ref stakeholder(long stakeholderId) {
            return new Ref(false, stakeholderId);
        }

        /** {@code m12} for a member, {@code s34} for a stakeholder: stable, and fit for an element id. */
        public String key() {
            return (member ? "m" : "s") + id;
        }
    }

    public record Node(Ref ref, String name) {
    }

    /** {@code from} has {@code to}'s ear with this strength (1 to 3). */
    public record Edge(Ref from, Ref to, int strength) {
    }

    /** A route from a member to someone: everyone on it, first the member, last the one reached. */
    public record Path(List<Ref> steps, int strength) {

        public int hops() {
            return steps.size() - 1;
        }

        public Ref from() {
            return steps.get(0);
        }

        public Ref to() {
            return steps.get(steps.size() - 1);
        }

        /** The last one before the person reached: who has their ear on this route. */
        public Ref ear() {
            return steps.get(steps.size() - 2);
        }
    }

    private final List<Node> nodes;
    private final Map<Ref, Integer> index = new HashMap<>();
    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final int[] edgeStrength;
    private final List<Edge> edges;
    /** Per member (by node index): best[hops][level - 1][node] = the first walk by names, or null. */
    private final Map<Integer, int[][][][]> best = new LinkedHashMap<>();

    private InfluenceGraph(List<Node> nodes, List<Edge> edges) {
        this.nodes = nodes;
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).ref(), i);
        }
        this.edges = edges;
        edgeFrom = new int[edges.size()];
        edgeTo = new int[edges.size()];
        edgeStrength = new int[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            edgeFrom[e] = index.get(edges.get(e).from());
            edgeTo[e] = index.get(edges.get(e).to());
            edgeStrength[e] = edges.get(e).strength();
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).ref().member()) {
                best.put(i, walksFrom(i));
            }
        }
    }

    /**
     * The graph of these people and links. Links from or to someone not among the nodes, links to a member, links of
     * someone to themselves and strengths outside 1–3 are left out (the entity refuses them; this keeps the rule
     * total).
     */
    public static InfluenceGraph of(Collection<Node> nodes, Collection<Edge> edges) {
        List<Node> sorted = nodes.stream().distinct()
                .sorted(Comparator.comparing((Node n) -> n.name() == null ? "" : n.name().toLowerCase(Locale.ROOT))
                        .thenComparing(n -> n.ref().member() ? 0 : 1).thenComparingLong(n -> n.ref().id()))
                .toList();
        Set<Ref> known = new java.util.HashSet<>();
        sorted.forEach(n -> known.add(n.ref()));
        List<Edge> kept = edges.stream()
                .filter(e -> known.contains(e.from()) && known.contains(e.to()) && !e.from().equals(e.to()) && !e.to().member()
                        && e.strength() >= InfluenceLink.WEAKEST && e.strength() <= InfluenceLink.STRONGEST)
                .toList();
        return new InfluenceGraph(sorted, kept);
    }

    private int[][][][] walksFrom(int source) {
        int n = nodes.size();
        int[][][][] walks = new int[MAX_HOPS + 1][LEVELS][][];
        for (int level = 0; level < LEVELS; level++) {
            walks[0][level] = new int[n][];
            walks[0][level][source] = new int[] {source};
        }
        for (int hops = 1; hops <= MAX_HOPS; hops++) {
            for (int level = 0; level < LEVELS; level++) {
                int[][] before = walks[hops - 1][level];
                int[][] now = new int[n][];
                for (int e = 0; e < edgeFrom.length; e++) {
                    int[] prefix = before[edgeFrom[e]];
                    if (prefix == null || edgeStrength[e] < level + 1) {
                        continue;
                    }
                    int to = edgeTo[e];
                    if (now[to] == null || firstByNames(prefix, now[to]) < 0) {
                        int[] walk = Arrays.copyOf(prefix, prefix.length + 1);
                        walk[prefix.length] = to;
                        now[to] = walk;
                    }
                }
                walks[hops][level] = now;
            }
        }
        return walks;
    }

    /** Compares the walks' steps in node order (names first); both end at the same person, so the prefixes decide. */
    private static int firstByNames(int[] prefix, int[] walk) {
        for (int i = 0; i < prefix.length; i++) {
            if (prefix[i] != walk[i]) {
                return Integer.compare(prefix[i], walk[i]);
            }
        }
        return 0;
    }

    private Optional<Path> strongest(int member, int target, int maxHops) {
        int[][][][] walks = best.get(member);
        for (int level = LEVELS - 1; level >= 0; level--) {
            for (int hops = 1; hops <= maxHops; hops++) {
                int[] walk = walks[hops][level][target];
                if (walk != null) {
                    return Optional.of(new Path(Arrays.stream(walk).mapToObj(i -> nodes.get(i).ref()).toList(), level + 1));
                }
            }
        }
        return Optional.empty();
    }

    /** The strongest short path from this member to this person, if there is one within {@value #MAX_HOPS} links. */
    public Optional<Path> strongestPath(Ref member, Ref to) {
        Integer from = index.get(member);
        Integer target = index.get(to);
        if (from == null || target == null || !member.member() || to.member()) {
            return Optional.empty();
        }
        return strongest(from, target, MAX_HOPS);
    }

    /**
     * The strongest short path from each member who reaches this person: the strongest first, then the shortest,
     * then by names. Empty when no member reaches them (or they are no one in this graph).
     */
    public List<Path> pathsTo(Ref to) {
        Integer target = index.get(to);
        if (target == null || to.member()) {
            return List.of();
        }
        List<Path> paths = new ArrayList<>();
        for (int member : best.keySet()) {
            strongest(member, target, MAX_HOPS).ifPresent(paths::add);
        }
        paths.sort(Comparator.comparingInt(Path::strength).reversed().thenComparingInt(Path::hops)
                .thenComparing(this::order, InfluenceGraph::compareSteps));
        return List.copyOf(paths);
    }

    private int[] order(Path path) {
        return path.steps().stream().mapToInt(index::get).toArray();
    }

    private static int compareSteps(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }

    /** How many of these decision makers the member reaches within {@value #REACH_HOPS} links. */
    public int reach(Ref member, Collection<Ref> decisionMakers) {
        Integer from = index.get(member);
        if (from == null || !member.member()) {
            return 0;
        }
        int reached = 0;
        for (Ref decisionMaker : decisionMakers.stream().distinct().toList()) {
            Integer target = index.get(decisionMaker);
            if (target != null && !decisionMaker.member() && strongest(from, target, REACH_HOPS).isPresent()) {
                reached++;
            }
        }
        return reached;
    }

    /** Every member's reach among these decision makers, in the graph's order of members (by name). */
    public Map<Ref, Integer> reach(Collection<Ref> decisionMakers) {
        Map<Ref, Integer> reach = new LinkedHashMap<>();
        for (int member : best.keySet()) {
            Ref ref = nodes.get(member).ref();
            reach.put(ref, reach(ref, decisionMakers));
        }
        return reach;
    }

    /** The links into this person: who has their ear directly, the strongest first, then by names. */
    public List<Edge> into(Ref to) {
        return edges.stream().filter(e -> e.to().equals(to))
                .sorted(Comparator.comparingInt(Edge::strength).reversed().thenComparing(e -> index.get(e.from())))
                .toList();
    }

    /** Everyone in the graph, by name. */
    public List<Node> nodes() {
        return nodes;
    }

    /** The links the graph kept. */
    public List<Edge> edges() {
        return edges;
    }

    /** The node of this person, if they are in the graph. */
    public Optional<Node> node(Ref ref) {
        Integer i = index.get(ref);
        return i == null ? Optional.empty() : Optional.of(nodes.get(i));
    }
}
