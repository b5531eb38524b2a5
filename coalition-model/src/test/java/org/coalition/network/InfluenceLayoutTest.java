package org.coalition.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coalition.network.InfluenceGraph.Edge;
import org.coalition.network.InfluenceGraph.Ref;
import org.coalition.network.InfluenceNetwork.Person;
import org.coalition.stakeholder.DecisionRole;
import org.coalition.stakeholder.Stance;
import org.junit.jupiter.api.Test;

class InfluenceLayoutTest {

    /** 2,000 stakeholders (every 100th an approver), 10 members of whom two have links, 12,000 links. */
    private static InfluenceNetwork organisation() {
        List<Person> people = new ArrayList<>();
        for (int m = 0; m < 10; m++) {
            people.add(Person.member(m, "Member " + m));
        }
        for (int s = 0; s < 2000; s++) {
            people.add(new Person(
                    Ref.stakeholder(1000 + s),
                    "Stakeholder " + s,
                    "Dept " + s % 5,
                    Stance.NEUTRAL,
                    false,
                    null,
                    s % 100 == 0 ? DecisionRole.APPROVER : null));
        }
        List<Edge> edges = new ArrayList<>();
        for (int s = 0; s < 2000; s++) {
            for (int k = 1; k <= 6; k++) {
                edges.add(new Edge(
                        Ref.stakeholder(1000 + (s + k * 7) % 2000), Ref.stakeholder(1000 + s), 1 + (s + k) % 3));
            }
            if (s % 20 == 0) {
                edges.add(new Edge(Ref.member(s % 40 == 0 ? 0 : 1), Ref.stakeholder(1000 + s), 2));
            }
        }
        return InfluenceNetwork.of(people, edges);
    }

    @Test
    void should_draw_a_bounded_part_of_a_large_network_with_the_people_asked_for_first() {
        InfluenceNetwork network = organisation();
        Ref chosen = Ref.stakeholder(1999);
        List<Ref> wanted = List.of(Ref.stakeholder(1500), Ref.stakeholder(1501));
        InfluenceLayout layout = InfluenceLayout.of(network, chosen, wanted);

        Set<Ref> drawn = layout.placed().stream().map(p -> p.person().ref()).collect(Collectors.toSet());
        assertEquals(InfluenceLayout.MAX_PEOPLE, drawn.size());
        assertEquals(network.people().size() - InfluenceLayout.MAX_PEOPLE, layout.peopleLeftOut());
        assertTrue(drawn.contains(chosen) && drawn.containsAll(wanted), "the chosen and the wanted come first");
        assertTrue(drawn.contains(Ref.member(0)) && drawn.contains(Ref.member(1)), "the members with links");
        assertTrue(
                network.people().stream().filter(Person::decisionMaker).allMatch(p -> drawn.contains(p.ref())),
                "the decision makers");

        assertTrue(layout.lines().size() <= InfluenceLayout.MAX_LINES);
        assertEquals(network.graph().edges().size() - layout.lines().size(), layout.linksLeftOut());
        assertTrue(
                layout.lines().stream()
                        .allMatch(l -> drawn.contains(l.from().person().ref())
                                && drawn.contains(l.to().person().ref())),
                "a line joins two people drawn");
        assertTrue(
                layout.lines().stream().anyMatch(l -> l.to().person().ref().equals(chosen)),
                "the chosen person's links are drawn");
    }

    @Test
    void should_draw_everyone_of_a_small_network() {
        List<Person> people = List.of(
                Person.member(1, "Bob"),
                new Person(Ref.stakeholder(2), "Ann", "Sales", Stance.SUPPORTER, true, null, null),
                new Person(Ref.stakeholder(3), "Cleo", "Finance", Stance.SKEPTIC, false, null, DecisionRole.APPROVER),
                new Person(Ref.stakeholder(4), "Dan", "Finance", Stance.NEUTRAL, false, null, null));
        InfluenceNetwork network = InfluenceNetwork.of(
                people,
                List.of(
                        new Edge(Ref.member(1), Ref.stakeholder(2), 3),
                        new Edge(Ref.stakeholder(2), Ref.stakeholder(3), 2)));
        InfluenceLayout layout = InfluenceLayout.of(network, null);
        assertEquals(4, layout.placed().size());
        assertEquals(0, layout.peopleLeftOut());
        assertEquals(2, layout.lines().size());
        assertEquals(0, layout.linksLeftOut());
    }
}
