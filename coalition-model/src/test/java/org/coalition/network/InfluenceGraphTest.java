package org.coalition.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.network.InfluenceGraph.Edge;
import org.coalition.network.InfluenceGraph.Node;
import org.coalition.network.InfluenceGraph.Path;
import org.coalition.network.InfluenceGraph.Ref;
import org.coalition.shared.Refusal;
import org.coalition.shared.Refused;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.Stance;
import org.junit.jupiter.api.Test;

class InfluenceGraphTest {

    private static final Ref BOB = Ref.member(1);
    private static final Ref ERIN = Ref.member(2);
    private static final Ref ANNA = Ref.stakeholder(11);
    private static final Ref BEN = Ref.stakeholder(12);
    private static final Ref CLARA = Ref.stakeholder(13);
    private static final Ref DORA = Ref.stakeholder(14);
    private static final Ref CFO = Ref.stakeholder(20);

    private static final List<Node> PEOPLE = List.of(
            new Node(BOB, "Bob"),
            new Node(ERIN, "Erin"),
            new Node(ANNA, "Anna"),
            new Node(BEN, "Ben"),
            new Node(CLARA, "Clara"),
            new Node(DORA, "Dora"),
            new Node(CFO, "Zoe the CFO"));

    private static InfluenceGraph graph(Edge... edges) {
        return InfluenceGraph.of(PEOPLE, List.of(edges));
    }

    private static List<Ref> steps(Path path) {
        return path.steps();
    }

    @Test
    void should_find_a_path_of_three_links_and_none_of_four() {
        InfluenceGraph three = graph(new Edge(BOB, ANNA, 3), new Edge(ANNA, BEN, 3), new Edge(BEN, CFO, 3));
        Path path = three.strongestPath(BOB, CFO).orElseThrow();
        assertEquals(List.of(BOB, ANNA, BEN, CFO), steps(path));
        assertEquals(3, path.hops());
        assertEquals(BEN, path.ear(), "Ben has the CFO's ear on this route");

        InfluenceGraph four =
                graph(new Edge(BOB, ANNA, 3), new Edge(ANNA, BEN, 3), new Edge(BEN, CLARA, 3), new Edge(CLARA, CFO, 3));
        assertTrue(four.strongestPath(BOB, CFO).isEmpty(), "four links are too many");
        assertEquals(List.of(), four.pathsTo(CFO));
        assertTrue(four.strongestPath(BOB, CLARA).isPresent(), "Clara herself is three links away");
    }

    @Test
    void should_prefer_the_stronger_path_even_when_it_is_longer() {
        // direct but weak (1) against three strong links (weakest 2)
        InfluenceGraph g =
                graph(new Edge(BOB, CFO, 1), new Edge(BOB, ANNA, 3), new Edge(ANNA, BEN, 2), new Edge(BEN, CFO, 3));
        Path path = g.strongestPath(BOB, CFO).orElseThrow();
        assertEquals(List.of(BOB, ANNA, BEN, CFO), steps(path));
        assertEquals(2, path.strength(), "a path is as strong as its weakest link");
    }

    @Test
    void should_prefer_the_shorter_of_equally_strong_paths() {
        InfluenceGraph g = graph(
                new Edge(BOB, ANNA, 2),
                new Edge(ANNA, BEN, 2),
                new Edge(BEN, CFO, 2),
                new Edge(BOB, CLARA, 2),
                new Edge(CLARA, CFO, 3));
        assertEquals(List.of(BOB, CLARA, CFO), steps(g.strongestPath(BOB, CFO).orElseThrow()));
    }

    @Test
    void should_break_a_tie_of_strength_and_length_by_names_whatever_the_order_of_the_links() {
        Edge[] viaBen = {new Edge(BOB, BEN, 2), new Edge(BEN, CFO, 2)};
        Edge[] viaAnna = {new Edge(BOB, ANNA, 2), new Edge(ANNA, CFO, 3)};
        InfluenceGraph one = graph(viaBen[0], viaBen[1], viaAnna[0], viaAnna[1]);
        InfluenceGraph other = graph(viaAnna[1], viaAnna[0], viaBen[1], viaBen[0]);
        assertEquals(List.of(BOB, ANNA, CFO), steps(one.strongestPath(BOB, CFO).orElseThrow()), "Anna before Ben");
        assertEquals(one.strongestPath(BOB, CFO), other.strongestPath(BOB, CFO));
    }

    @Test
    void should_keep_a_weaker_prefix_when_it_ties_after_the_weakest_link_and_comes_first_by_name() {
        // to Clara: via Anna (strength 1) or via Ben (strength 3); on to the CFO by a link of 1 both are equally weak
        InfluenceGraph g = graph(
                new Edge(BOB, ANNA, 1),
                new Edge(BOB, BEN, 3),
                new Edge(ANNA, CLARA, 3),
                new Edge(BEN, CLARA, 3),
                new Edge(CLARA, CFO, 1));
        assertEquals(List.of(BOB, BEN, CLARA), steps(g.strongestPath(BOB, CLARA).orElseThrow()));
        assertEquals(
                List.of(BOB, ANNA, CLARA, CFO), steps(g.strongestPath(BOB, CFO).orElseThrow()));
    }

    @Test
    void should_not_go_round_a_cycle() {
        InfluenceGraph g = graph(
                new Edge(BOB, ANNA, 3),
                new Edge(ANNA, BEN, 3),
                new Edge(BEN, ANNA, 3),
                new Edge(BEN, CFO, 3),
                new Edge(ANNA, CFO, 1));
        Path path = g.strongestPath(BOB, CFO).orElseThrow();
        assertEquals(List.of(BOB, ANNA, BEN, CFO), steps(path));
        assertEquals(Set.copyOf(path.steps()).size(), path.steps().size(), "nobody twice");
        // a cycle that never gets anywhere: Anna and Ben only reach each other
        InfluenceGraph closed = graph(new Edge(BOB, ANNA, 3), new Edge(ANNA, BEN, 3), new Edge(BEN, ANNA, 3));
        assertTrue(closed.strongestPath(BOB, CFO).isEmpty());
        assertEquals(List.of(BOB, ANNA), steps(closed.strongestPath(BOB, ANNA).orElseThrow()));
    }

    @Test
    void should_find_no_path_without_links_or_against_their_direction() {
        assertTrue(graph().strongestPath(BOB, CFO).isEmpty());
        InfluenceGraph backwards = graph(new Edge(CFO, ANNA, 3), new Edge(ANNA, BEN, 3));
        assertTrue(backwards.strongestPath(BOB, CFO).isEmpty());
        assertTrue(backwards.strongestPath(BOB, Ref.stakeholder(999)).isEmpty(), "someone unknown");
        assertEquals(List.of(), backwards.pathsTo(CFO));
    }

    @Test
    void should_leave_out_self_links_and_links_to_members() {
        InfluenceGraph g =
                graph(new Edge(ANNA, ANNA, 3), new Edge(ANNA, BOB, 3), new Edge(BOB, ANNA, 2), new Edge(ANNA, CFO, 0));
        assertEquals(List.of(new Edge(BOB, ANNA, 2)), g.edges());
    }

    @Test
    void should_list_each_members_strongest_path_strongest_first() {
        InfluenceGraph g = graph(new Edge(BOB, ANNA, 1), new Edge(ANNA, CFO, 3), new Edge(ERIN, CFO, 2));
        List<Path> paths = g.pathsTo(CFO);
        assertEquals(
                List.of(List.of(ERIN, CFO), List.of(BOB, ANNA, CFO)),
                paths.stream().map(Path::steps).toList());
        assertEquals(List.of(2, 1), paths.stream().map(Path::strength).toList());
        assertEquals(
                List.of(new Edge(ERIN, CFO, 2), new Edge(ANNA, CFO, 3)).stream()
                        .sorted((a, b) -> b.strength() - a.strength())
                        .toList(),
                g.into(CFO),
                "who has the CFO's ear directly, strongest first");
    }

    @Test
    void should_count_decision_makers_within_two_links_as_reach_but_not_three() {
        InfluenceGraph g =
                graph(new Edge(BOB, ANNA, 1), new Edge(ANNA, BEN, 1), new Edge(BEN, CFO, 3), new Edge(ERIN, CFO, 1));
        List<Ref> deciders = List.of(BEN, CFO);
        assertEquals(1, g.reach(BOB, deciders), "Ben at two links counts, the CFO at three does not");
        assertEquals(1, g.reach(ERIN, deciders));
        Map<Ref, Integer> reach = g.reach(deciders);
        assertEquals(List.of(BOB, ERIN), List.copyOf(reach.keySet()), "members by name");
        assertEquals(0, g.reach(BOB, List.of()), "no decision makers, no reach");
        assertEquals(0, g.reach(ANNA, deciders), "only members have reach");
    }

    /**
     * The rules, checked against every walk: on random networks (with namesakes, cycles and ties of strength), each
     * member's path to each person is the strongest, then the shortest, then the first by names of all walks of at
     * most three links; reach counts the decision makers within two; asking for many people at once gives the same.
     */
    @Test
    void should_choose_as_the_rules_say_among_every_walk_on_random_networks() {
        for (int seed = 1; seed <= 40; seed++) {
            java.util.Random random = new java.util.Random(seed);
            int memberCount = 1 + random.nextInt(5);
            int stakeholderCount = 5 + random.nextInt(30);
            List<Node> nodes = new ArrayList<>();
            for (int m = 0; m < memberCount; m++) {
                nodes.add(new Node(Ref.member(m), "Person " + random.nextInt(8)));
            }
            for (int s = 0; s < stakeholderCount; s++) {
                nodes.add(new Node(Ref.stakeholder(100 + s), "Person " + random.nextInt(8)));
            }
            List<Edge> edges = new ArrayList<>();
            int links = random.nextInt(stakeholderCount * 4);
            java.util.Set<List<Ref>> pairs = new java.util.HashSet<>();
            for (int i = 0; i < links; i++) {
                Ref from = nodes.get(random.nextInt(nodes.size())).ref();
                Ref to = Ref.stakeholder(100 + random.nextInt(stakeholderCount));
                if (!from.equals(to) && pairs.add(List.of(from, to))) {
                    edges.add(new Edge(from, to, 1 + random.nextInt(3)));
                }
            }
            InfluenceGraph graph = InfluenceGraph.of(nodes, edges);
            List<Ref> order = graph.nodes().stream().map(Node::ref).toList();
            List<Ref> targets = order.stream().filter(r -> !r.member()).toList();
            List<Ref> deciders = targets.stream().filter(r -> r.id() % 3 == 0).toList();

            Map<Ref, List<Path>> expected = new java.util.HashMap<>();
            Map<Ref, Integer> expectedReach = new java.util.LinkedHashMap<>();
            for (Ref member : order.stream().filter(Ref::member).toList()) {
                List<List<Ref>> walks = new ArrayList<>();
                walk(List.of(member), edges, walks);
                for (Ref target : targets) {
                    walks.stream()
                            .filter(w -> w.get(w.size() - 1).equals(target))
                            .map(w -> new Path(w, strength(w, edges)))
                            .min(java.util.Comparator.comparingInt(Path::strength)
                                    .reversed()
                                    .thenComparingInt(Path::hops)
                                    .thenComparing(
                                            p -> p.steps().stream()
                                                    .mapToInt(order::indexOf)
                                                    .toArray(),
                                            java.util.Arrays::compare))
                            .ifPresent(best -> expected.computeIfAbsent(target, t -> new ArrayList<>())
                                    .add(best));
                }
                expectedReach.put(member, (int) deciders.stream()
                        .filter(d -> walks.stream()
                                .anyMatch(w ->
                                        w.size() <= 3 && w.get(w.size() - 1).equals(d)))
                        .count());
            }
            expected.values()
                    .forEach(paths -> paths.sort(java.util.Comparator.comparingInt(Path::strength)
                            .reversed()
                            .thenComparingInt(Path::hops)
                            .thenComparing(
                                    p -> p.steps().stream()
                                            .mapToInt(order::indexOf)
                                            .toArray(),
                                    java.util.Arrays::compare)));

            InfluenceGraph fresh = InfluenceGraph.of(nodes, edges);
            Map<Ref, List<Path>> all = fresh.pathsTo(targets);
            for (Ref target : targets) {
                List<Path> want = expected.getOrDefault(target, List.of());
                assertEquals(want, graph.pathsTo(target), "seed " + seed + ", one at a time, to " + target);
                assertEquals(want, all.get(target), "seed " + seed + ", all at once, to " + target);
            }
            assertEquals(expectedReach, graph.reach(deciders), "seed " + seed);
        }
    }

    /** Every walk of one to three links from the last step on, added to {@code into}. */
    private static void walk(List<Ref> sofar, List<Edge> edges, List<List<Ref>> into) {
        if (sofar.size() > InfluenceGraph.MAX_HOPS) {
            return;
        }
        Ref last = sofar.get(sofar.size() - 1);
        for (Edge e : edges) {
            if (e.from().equals(last)) {
                List<Ref> next = new ArrayList<>(sofar);
                next.add(e.to());
                into.add(next);
                walk(next, edges, into);
            }
        }
    }

    private static int strength(List<Ref> walk, List<Edge> edges) {
        int weakest = InfluenceLink.STRONGEST;
        for (int i = 1; i < walk.size(); i++) {
            Ref from = walk.get(i - 1);
            Ref to = walk.get(i);
            weakest = Math.min(
                    weakest,
                    edges.stream()
                            .filter(e -> e.from().equals(from) && e.to().equals(to))
                            .findFirst()
                            .orElseThrow()
                            .strength());
        }
        return weakest;
    }

    // the link itself

    private static Stakeholder stakeholder(String name) {
        Coalition coalition = new Coalition(draft(), "bob", "Engineering", Instant.EPOCH);
        StakeholderDraft draft = new StakeholderDraft();
        draft.setName(name);
        draft.setLevel(Level.MANAGER);
        draft.setDepartment("Finance");
        draft.setInfluence(3);
        draft.setInterest(3);
        draft.setStance(Stance.NEUTRAL);
        return new Stakeholder(coalition, draft, null, LocalDate.of(2026, 12, 1));
    }

    private static CoalitionDraft draft() {
        CoalitionDraft draft = new CoalitionDraft();
        draft.setName("Flexible work hours");
        draft.setObjective("Let people choose their hours");
        draft.setTargetDate(LocalDate.of(2027, 6, 1));
        return draft;
    }

    @Test
    void should_refuse_a_link_of_someone_to_themselves() {
        Stakeholder anna = stakeholder("Anna");
        var refused = assertThrows(
                Refused.Argument.class,
                () -> InfluenceLink.between(anna, anna, InfluenceKind.TRUSTED_PEER, 2, null, "bob", Instant.EPOCH));
        assertEquals(Refusal.INFLUENCE_SELF, refused.refusal());
    }

    @Test
    void should_validate_strength_from_one_to_three_with_messages() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        Stakeholder anna = stakeholder("Anna");
        Stakeholder ben = stakeholder("Ben");
        for (int strength : new int[] {0, 4}) {
            var link = InfluenceLink.between(anna, ben, InfluenceKind.REPORTS_TO, strength, " ", "bob", Instant.EPOCH);
            var violations = validator.validate(link);
            assertEquals(
                    Set.of("The strength of a link is rated from 1 to 3."),
                    violations.stream().map(v -> v.getMessage()).collect(Collectors.toSet()),
                    "strength " + strength);
        }
        var fine = InfluenceLink.between(
                anna, ben, InfluenceKind.REPORTS_TO, 3, "  has the CFO's ear  ", "bob", Instant.EPOCH);
        assertEquals(Set.of(), validator.validate(fine));
        assertEquals("has the CFO's ear", fine.getNote());
        var nothing = InfluenceLink.between(anna, ben, null, 1, "x".repeat(1001), "bob", Instant.EPOCH);
        assertEquals(
                Set.of("Choose the kind of link.", "The note can be at most 1,000 characters."),
                validator.validate(nothing).stream().map(v -> v.getMessage()).collect(Collectors.toSet()));
    }
}
