package org.coalition.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coalition.network.InfluenceGraph.Edge;
import org.coalition.network.InfluenceGraph.Ref;
import org.coalition.network.InfluenceNetwork.Person;
import org.coalition.stakeholder.Stance;
import org.junit.jupiter.api.Test;

class NetworkFilterTest {

    private static Person stakeholder(long id, String name, String department, Stance stance) {
        return new Person(Ref.stakeholder(id), name, department, stance, true, LocalDate.now(), null);
    }

    /** bob (member) → Anna (Finance, supporter) → Cleo (Finance, skeptic); Dev (Sales, skeptic) → Cleo. */
    private static InfluenceNetwork network() {
        return InfluenceNetwork.of(
                List.of(
                        Person.member(7, "Bob Baker"),
                        stakeholder(1, "Anna Berg", "Finance", Stance.SUPPORTER),
                        stakeholder(2, "Cleo Park", "Finance", Stance.SKEPTIC),
                        stakeholder(3, "Dev Rao", "Sales", Stance.SKEPTIC)),
                List.of(
                        new Edge(Ref.member(7), Ref.stakeholder(1), 3),
                        new Edge(Ref.stakeholder(1), Ref.stakeholder(2), 2),
                        new Edge(Ref.stakeholder(3), Ref.stakeholder(2), 1)));
    }

    private static List<String> names(InfluenceNetwork network) {
        return network.people().stream().map(Person::name).sorted().toList();
    }

    @Test
    void should_keep_the_whole_network_without_a_filter() {
        InfluenceNetwork all = network();
        assertSame(all, new NetworkFilter(" ", null).apply(all));
        assertFalse(new NetworkFilter("", null).any());
    }

    @Test
    void should_keep_the_members_and_the_links_whose_both_ends_are_shown() {
        InfluenceNetwork finance = new NetworkFilter("Finance", null).apply(network());
        assertEquals(List.of("Anna Berg", "Bob Baker", "Cleo Park"), names(finance));
        assertEquals(2, finance.graph().edges().size(), "Dev's link leaves with him");

        InfluenceNetwork skeptics = new NetworkFilter(null, Stance.SKEPTIC).apply(network());
        assertEquals(List.of("Bob Baker", "Cleo Park", "Dev Rao"), names(skeptics));
        assertEquals(
                List.of(new Edge(Ref.stakeholder(3), Ref.stakeholder(2), 1)),
                skeptics.graph().edges());

        InfluenceNetwork both = new NetworkFilter("Finance", Stance.SKEPTIC).apply(network());
        assertEquals(List.of("Bob Baker", "Cleo Park"), names(both));
        assertTrue(both.graph().edges().isEmpty());
        assertTrue(both.pathsTo(Ref.stakeholder(2)).isEmpty(), "the drawing has no line from bob to Cleo");
    }

    @Test
    void should_list_the_paths_of_the_whole_network_and_mark_who_the_filters_leave_out() {
        NetworkFilter skeptics = new NetworkFilter("Finance", Stance.SKEPTIC);
        List<NetworkFilter.ShownPath> paths = skeptics.pathsTo(network(), Ref.stakeholder(2));
        assertEquals(1, paths.size(), "bob still reaches Cleo through Anna");
        NetworkFilter.ShownPath path = paths.get(0);
        assertEquals(
                List.of("Bob Baker", "Anna Berg", "Cleo Park"),
                path.steps().stream().map(s -> s.person().name()).toList());
        assertEquals(
                List.of(false, true, false),
                path.steps().stream().map(NetworkFilter.Step::hidden).toList(),
                "Anna, a supporter, is not drawn; bob (a member) and Cleo are");
        assertTrue(path.throughHidden());
        assertEquals(2, path.path().strength());

        NetworkFilter finance = new NetworkFilter("Finance", null);
        assertFalse(finance.pathsTo(network(), Ref.stakeholder(2)).get(0).throughHidden(), "all of it is drawn");
        assertFalse(
                NetworkFilter.NONE.pathsTo(network(), Ref.stakeholder(2)).get(0).throughHidden());
        assertEquals(
                network().pathsTo(Ref.stakeholder(2)),
                finance.pathsTo(network(), Ref.stakeholder(2)).stream()
                        .map(NetworkFilter.ShownPath::path)
                        .toList(),
                "the same paths whatever the filters");
    }

    @Test
    void should_list_who_has_a_persons_ear_in_the_whole_network_marking_the_hidden() {
        List<NetworkFilter.Ear> ears = new NetworkFilter("Finance", null).ears(network(), Ref.stakeholder(2));
        assertEquals(
                List.of("Anna Berg", "Dev Rao"),
                ears.stream().map(e -> e.person().name()).toList(),
                "the strongest first");
        assertEquals(
                List.of(2, 1), ears.stream().map(NetworkFilter.Ear::strength).toList());
        assertEquals(
                List.of(false, true),
                ears.stream().map(NetworkFilter.Ear::hidden).toList(),
                "Dev is in Sales");
        assertFalse(
                new NetworkFilter("Finance", null)
                        .step(Person.member(7, "Bob Baker"))
                        .hidden(),
                "members are always drawn");
    }

    @Test
    void should_find_people_by_part_of_their_name_without_case_in_name_order() {
        assertEquals(
                List.of("Anna Berg", "Bob Baker"),
                NetworkFilter.search(network(), " b").stream().map(Person::name).toList());
        assertEquals(
                List.of("Cleo Park"),
                NetworkFilter.search(network(), "PARK").stream()
                        .map(Person::name)
                        .toList());
        assertTrue(NetworkFilter.search(network(), "  ").isEmpty());
        assertTrue(NetworkFilter.search(network(), "Zed").isEmpty());
    }

    @Test
    void should_say_the_same_rule_to_the_database() {
        assertEquals("", NetworkFilter.NONE.jpql());
        String both = new NetworkFilter("Finance", Stance.SKEPTIC).jpql();
        assertTrue(
                both.contains("t.department = :department")
                        && both.contains("fs.stance = :stance")
                        && both.contains("fm.id IS NOT NULL"),
                both);
    }
}
