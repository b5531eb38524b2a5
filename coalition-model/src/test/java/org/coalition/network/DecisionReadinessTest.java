package org.coalition.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coalition.network.DecisionReadiness.Block;
import org.coalition.network.InfluenceGraph.Edge;
import org.coalition.network.InfluenceGraph.Ref;
import org.coalition.network.InfluenceNetwork.Person;
import org.coalition.stakeholder.DecisionRole;
import org.coalition.stakeholder.Stance;
import org.junit.jupiter.api.Test;

class DecisionReadinessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final Person BOB = Person.member(1, "Bob");
    private static final Person ANNA = stakeholder(11, "Anna", Stance.SUPPORTER, true, null);

    private static Person stakeholder(long id, String name, Stance stance, boolean verified, DecisionRole role) {
        return new Person(
                Ref.stakeholder(id), name, "Finance", stance, verified, verified ? TODAY.minusDays(3) : null, role);
    }

    private static DecisionReadiness readiness(Person... deciders) {
        List<Person> people = new java.util.ArrayList<>(List.of(BOB, ANNA));
        people.addAll(List.of(deciders));
        List<Edge> edges = new java.util.ArrayList<>(List.of(new Edge(BOB.ref(), ANNA.ref(), 3)));
        for (Person d : deciders) {
            edges.add(new Edge(ANNA.ref(), d.ref(), 2));
        }
        return DecisionReadiness.of(
                InfluenceNetwork.of(people, edges),
                java.util.Arrays.stream(deciders).map(Person::ref).toList(),
                TODAY);
    }

    @Test
    void should_not_pass_without_anyone_named_who_decides() {
        DecisionReadiness none = readiness();
        assertFalse(none.named());
        assertFalse(none.passes());
    }

    @Test
    void should_pass_when_every_approver_is_a_verified_supporter_or_champion() {
        DecisionReadiness ready = readiness(
                stakeholder(20, "Cleo", Stance.SUPPORTER, true, DecisionRole.APPROVER),
                stakeholder(21, "Dan", Stance.CHAMPION, true, DecisionRole.APPROVER));
        assertTrue(ready.passes());
        assertEquals(3L, ready.deciders().get(0).evidenceDays());
        assertEquals(
                List.of(BOB.ref(), ANNA.ref(), Ref.stakeholder(20)),
                ready.deciders().get(0).path().steps());
    }

    @Test
    void should_block_on_an_assumed_stance_whatever_it_says_and_name_who_has_their_ear() {
        DecisionReadiness assumed = readiness(stakeholder(20, "Cleo", Stance.CHAMPION, false, DecisionRole.APPROVER));
        assertFalse(assumed.passes());
        var cleo = assumed.blockers().get(0);
        assertEquals(Block.UNVERIFIED, cleo.block());
        assertNull(cleo.evidenceDays(), "no conversation at all");
        assertEquals("Anna", cleo.ask().name(), "ask Anna, who has Cleo's ear");
    }

    @Test
    void should_need_approvers_for_it_and_veto_holders_not_against_it() {
        assertEquals(
                Block.NOT_FOR_IT,
                readiness(stakeholder(20, "Cleo", Stance.NEUTRAL, true, DecisionRole.APPROVER))
                        .blockers()
                        .get(0)
                        .block());
        assertTrue(
                readiness(stakeholder(20, "Cleo", Stance.NEUTRAL, true, DecisionRole.VETO_HOLDER))
                        .passes(),
                "a neutral veto holder lets it pass");
        assertEquals(
                Block.MAY_VETO,
                readiness(stakeholder(20, "Cleo", Stance.SKEPTIC, true, DecisionRole.VETO_HOLDER))
                        .blockers()
                        .get(0)
                        .block());
        assertEquals(
                Block.UNVERIFIED,
                readiness(stakeholder(20, "Cleo", Stance.SUPPORTER, false, DecisionRole.VETO_HOLDER))
                        .blockers()
                        .get(0)
                        .block());
    }
}
