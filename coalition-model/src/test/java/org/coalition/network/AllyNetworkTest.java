package org.coalition.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.coalition.coalition.Phase;
import org.coalition.stakeholder.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllyNetworkTest {

    private static final List<Participation> PARTS = List.of(
            new Participation(
                    1,
                    "Flexible hours",
                    Phase.CLOSED,
                    null,
                    "Lena Fischer",
                    "Finance",
                    "stakeholder",
                    Stance.SUPPORTER),
            new Participation(
                    2,
                    "On-call rota",
                    Phase.DISCOVERY,
                    null,
                    "lena fischer ",
                    "Finance",
                    "stakeholder",
                    Stance.SKEPTIC),
            new Participation(
                    1, "Flexible hours", Phase.CLOSED, null, "Hannah Weber", "Finance", "stakeholder", Stance.NEUTRAL),
            new Participation(1, "Flexible hours", Phase.CLOSED, "bob", "Bob Baker", "Engineering", "member", null),
            new Participation(2, "On-call rota", Phase.DISCOVERY, "bob", "Bob Baker", "Engineering", "sponsor", null),
            new Participation(2, "On-call rota", Phase.DISCOVERY, "carol", "Carol Chen", "Sales", "observer", null),
            new Participation(
                    2,
                    "On-call rota",
                    Phase.DISCOVERY,
                    "erin",
                    "Erin Evans",
                    "Finance",
                    "stakeholder",
                    Stance.CHAMPION));

    @Test
    void should_make_one_node_per_person_across_coalitions_and_link_it_to_each() {
        AllyNetwork network = AllyNetwork.of(PARTS, AllyNetwork.Filter.ALL);
        assertEquals(
                List.of("Bob Baker", "Carol Chen", "Erin Evans", "Hannah Weber", "Lena Fischer"),
                network.people().stream().map(AllyNetwork.Person::name).toList(),
                "Lena once, whatever the spelling's case");
        assertEquals(2, network.coalitions().size());
        assertEquals(7, network.links().size());
        var bob = network.people().get(0);
        assertEquals(2, bob.parts().size());
        assertEquals(
                List.of("Carol Chen", "Erin Evans", "Hannah Weber", "Lena Fischer"),
                network.workedWith(bob.key()).stream()
                        .map(AllyNetwork.Person::name)
                        .toList());
    }

    @ParameterizedTest(name = "department {0}, supporters {1}, past {2} -> {3}")
    @CsvSource({
        "Finance, true, true, Lena Fischer",
        "Finance, true, false, Erin Evans;Lena Fischer",
        "Finance, false, false, Erin Evans;Hannah Weber;Lena Fischer",
        "'', true, false, Bob Baker;Erin Evans;Lena Fischer",
        "Sales, false, false, Carol Chen",
        "Legal, false, false, ''",
    })
    void should_find_allies_by_department_stance_and_past_coalitions(
            String department, boolean supporters, boolean past, String expected) {
        var names = AllyNetwork.of(PARTS, new AllyNetwork.Filter(department, supporters, past)).people().stream()
                .map(AllyNetwork.Person::name)
                .toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(";")), names);
        assertEquals(
                List.of("Engineering", "Finance", "Sales"),
                AllyNetwork.of(PARTS, new AllyNetwork.Filter(department, supporters, past))
                        .departments(),
                "the search offers every department");
    }

    @Test
    void should_lay_out_thousands_of_people_inside_the_drawing_the_same_way_every_time() {
        List<Participation> many = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(new Participation(
                    i % 40,
                    "C" + (i % 40),
                    Phase.MAIN_INITIATIVE,
                    null,
                    "Person " + i,
                    "Dept " + i % 7,
                    "stakeholder",
                    Stance.values()[i % 5]));
        }
        AllyNetwork first = AllyNetwork.of(many, AllyNetwork.Filter.ALL);
        AllyNetwork again = AllyNetwork.of(many, AllyNetwork.Filter.ALL);
        assertEquals(3000, first.people().size());
        assertEquals(first.people(), again.people(), "a stable layout");
        assertTrue(first.people().stream()
                .allMatch(p -> p.x() >= 0 && p.x() <= AllyNetwork.SIZE && p.y() >= 0 && p.y() <= AllyNetwork.SIZE));
    }
}
