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
import java.util.concurrent.ConcurrentHashMap;

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
 * <b>The work is bounded.</b> From every member with links, a layered relaxation: for each number of links (1 to 3)
 * and each strength (1 to 3), the first walk by names that ends at each person with at least that strength, each walk
 * kept as the node it came from; only the people a walk reaches are visited, so a member without links costs nothing
 * and one with thousands of second-hand contacts at most 9 passes over the links. Walks that go round a cycle never
 * win: the walk without the cycle is as strong and shorter. Nothing is computed until asked, and one walk from each
 * member answers every person asked about at once ({@link #pathsTo(Collection)}): memory is a few arrays of the
 * graph's size per request, not per member (a member's walks at 5,000 people were 12 arrays of 5,000 walks each).
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

    public record Node(Ref ref, String name) {}

    /** {@code from} has {@code to}'s ear with this strength (1 to 3). */
    public record Edge(Ref from, Ref to, int strength) {}

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
    private final List<Edge> edges;
    /** The links out of each node (by node index): outTo[outStart[n] .. outStart[n + 1]), with their strengths. */
    private final int[] outStart;

    private final int[] outTo;
    private final int[] outStrength;
    /** The members, by node index, in name order. */
    private final int[] members;
    /**
     * Each member's strongest short paths to the people asked about so far, by the person's node index (a graph may be
     * shared by requests: see {@code InfluenceService}).
     */
    private final Map<Integer, List<Path>> pathsTo = new ConcurrentHashMap<>();

    private InfluenceGraph(List<Node> nodes, List<Edge> edges) {
        this.nodes = nodes;
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).ref(), i);
        }
        this.edges = edges;
        outStart = new int[nodes.size() + 1];
        edges.forEach(e -> outStart[index.get(e.from()) + 1]++);
        for (int n = 0; n < nodes.size(); n++) {
            outStart[n + 1] += outStart[n];
        }
        outTo = new int[edges.size()];
        outStrength = new int[edges.size()];
        int[] filled = Arrays.copyOf(outStart, nodes.size());
        for (Edge e : edges) {
            int slot = filled[index.get(e.from())]++;
            outTo[slot] = index.get(e.to());
            outStrength[slot] = e.strength();
        }
        members = java.util.stream.IntStream.range(0, nodes.size())
                .filter(i -> nodes.get(i).ref().member())
                .toArray();
    }

    /**
     * The graph of these people and links. Links from or to someone not among the nodes, links to a member, links of
     * someone to themselves and strengths outside 1–3 are left out (the entity refuses them; this keeps the rule
     * total).
     */
    public static InfluenceGraph of(Collection<Node> nodes, Collection<Edge> edges) {
        List<Node> sorted = nodes.stream()
                .distinct()
                .sorted(Comparator.comparing(
                                (Node n) -> n.name() == null ? "" : n.name().toLowerCase(Locale.ROOT))
                        .thenComparing(n -> n.ref().member() ? 0 : 1)
                        .thenComparingLong(n -> n.ref().id()))
                .toList();
        Set<Ref> known = new java.util.HashSet<>();
        sorted.forEach(n -> known.add(n.ref()));
        List<Edge> kept = edges.stream()
                .filter(e -> known.contains(e.from())
                        && known.contains(e.to())
                        && !e.from().equals(e.to())
                        && !e.to().member()
                        && e.strength() >= InfluenceLink.WEAKEST
                        && e.strength() <= InfluenceLink.STRONGEST)
                .toList();
        return new InfluenceGraph(sorted, kept);
    }

    /**
     * The first walks by names from one member, one member at a time: for each number of links and each strength, the
     * node each walk came from ({@code -1}: no walk), so a walk is its predecessor's walk and one more step. Only the
     * nodes a walk reaches are visited, and the arrays are cleared where they were written, so a graph of thousands
     * of people costs a few arrays of its size per request, not per member.
     */
    private final class Walks {

        private final int[][][] from = new int[MAX_HOPS + 1][LEVELS][];
        private final int[][][] reached = new int[MAX_HOPS + 1][LEVELS][];
        private final int[][] count = new int[MAX_HOPS + 1][LEVELS];

        Walks() {
            for (int hops = 0; hops <= MAX_HOPS; hops++) {
                for (int level = 0; level < LEVELS; level++) {
                    from[hops][level] = new int[nodes.size()];
                    Arrays.fill(from[hops][level], -1);
                    reached[hops][level] = new int[nodes.size()];
                }
            }
        }

        /** The walks from this member (the previous member's are cleared). */
        Walks from(int source) {
            for (int hops = 0; hops <= MAX_HOPS; hops++) {
                for (int level = 0; level < LEVELS; level++) {
                    for (int i = 0; i < count[hops][level]; i++) {
                        from[hops][level][reached[hops][level][i]] = -1;
                    }
                    count[hops][level] = 0;
                }
            }
            for (int level = 0; level < LEVELS; level++) {
                from[0][level][source] = source;
                reached[0][level][0] = source;
                count[0][level] = 1;
                for (int hops = 1; hops <= MAX_HOPS; hops++) {
                    int[] before = reached[hops - 1][level];
                    int[] now = from[hops][level];
                    for (int i = 0; i < count[hops - 1][level]; i++) {
                        int node = before[i];
                        for (int e = outStart[node]; e < outStart[node + 1]; e++) {
                            if (outStrength[e] < level + 1) {
                                continue;
                            }
                            int to = outTo[e];
                            if (now[to] < 0) {
                                now[to] = node;
                                reached[hops][level][count[hops][level]++] = to;
                            } else if (compare(hops - 1, level, node, now[to]) < 0) {
                                now[to] = node;
                            }
                        }
                    }
                }
            }
            return this;
        }

        /** Compares the walks of this length and strength that end at a and at b, step by step in node order (names first). */
        private int compare(int hops, int level, int a, int b) {
            if (a == b || hops == 0) {
                return 0;
            }
            int before = compare(hops - 1, level, from[hops][level][a], from[hops][level][b]);
            return before != 0 ? before : Integer.compare(a, b);
        }

        /** The strongest of the shortest walks to this node within so many links, if any. */
        Optional<Path> strongest(int target, int maxHops) {
            for (int level = LEVELS - 1; level >= 0; level--) {
                for (int hops = 1; hops <= maxHops; hops++) {
                    if (from[hops][level][target] >= 0) {
                        Ref[] steps = new Ref[hops + 1];
                        int node = target;
                        for (int h = hops; h >= 0; h--) {
                            steps[h] = nodes.get(node).ref();
                            node = from[h][level][node];
                        }
                        return Optional.of(new Path(List.of(steps), level + 1));
                    }
                }
            }
            return Optional.empty();
        }

        /** Whether a walk of at most so many links reaches this node, whatever its strength. */
        boolean reaches(int target, int maxHops) {
            for (int hops = 1; hops <= maxHops; hops++) {
                if (from[hops][0][target] >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private boolean linksOut(int node) {
        return outStart[node + 1] > outStart[node];
    }

    /** The strongest short path from this member to this person, if there is one within {@value #MAX_HOPS} links. */
    public Optional<Path> strongestPath(Ref member, Ref to) {
        Integer from = index.get(member);
        Integer target = index.get(to);
        if (from == null || target == null || !member.member() || to.member() || !linksOut(from)) {
            return Optional.empty();
        }
        return new Walks().from(from).strongest(target, MAX_HOPS);
    }

    /**
     * The strongest short path from each member who reaches this person: the strongest first, then the shortest,
     * then by names. Empty when no member reaches them (or they are no one in this graph).
     */
    public List<Path> pathsTo(Ref to) {
        return pathsTo(List.of(to)).getOrDefault(to, List.of());
    }

    /**
     * {@link #pathsTo(Ref)} for several people at once: one walk from each member serves them all. The answers are
     * kept, so asking again costs nothing.
     */
    public Map<Ref, List<Path>> pathsTo(Collection<Ref> people) {
        List<Integer> targets = people.stream()
                .distinct()
                .map(index::get)
                .filter(t -> t != null && !nodes.get(t).ref().member())
                .toList();
        List<Integer> missing =
                targets.stream().filter(t -> !pathsTo.containsKey(t)).toList();
        if (!missing.isEmpty()) {
            Map<Integer, List<Path>> found = new HashMap<>();
            missing.forEach(t -> found.put(t, new ArrayList<>()));
            Walks walks = new Walks();
            for (int member : members) {
                if (linksOut(member)) {
                    walks.from(member);
                    missing.forEach(t -> walks.strongest(t, MAX_HOPS).ifPresent(found.get(t)::add));
                }
            }
            found.forEach((t, paths) -> {
                paths.sort(Comparator.comparingInt(Path::strength)
                        .reversed()
                        .thenComparingInt(Path::hops)
                        .thenComparing(this::order, InfluenceGraph::compareSteps));
                pathsTo.put(t, List.copyOf(paths));
            });
        }
        Map<Ref, List<Path>> answer = new LinkedHashMap<>();
        targets.forEach(t -> answer.put(nodes.get(t).ref(), pathsTo.get(t)));
        return answer;
    }

    private int[] order(Path path) {
        return path.steps().stream().mapToInt(index::get).toArray();
    }

    private static int compareSteps(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }

    /** How many of these decision makers the member reaches within {@value #REACH_HOPS} links. */
    public int reach(Ref member, Collection<Ref> decisionMakers) {
        return member.member() && index.containsKey(member)
                ? reach(decisionMakers).getOrDefault(member, 0)
                : 0;
    }

    /** Every member's reach among these decision makers, in the graph's order of members (by name). */
    public Map<Ref, Integer> reach(Collection<Ref> decisionMakers) {
        int[] targets = decisionMakers.stream()
                .distinct()
                .map(index::get)
                .filter(t -> t != null && !nodes.get(t).ref().member())
                .mapToInt(Integer::intValue)
                .toArray();
        Map<Ref, Integer> reach = new LinkedHashMap<>();
        Walks walks = targets.length == 0 ? null : new Walks();
        for (int member : members) {
            int reached = 0;
            if (walks != null && linksOut(member)) {
                walks.from(member);
                for (int target : targets) {
                    if (walks.reaches(target, REACH_HOPS)) {
                        reached++;
                    }
                }
            }
            reach.put(nodes.get(member).ref(), reached);
        }
        return reach;
    }

    /** The links into this person: who has their ear directly, the strongest first, then by names. */
    public List<Edge> into(Ref to) {
        return edges.stream()
                .filter(e -> e.to().equals(to))
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
