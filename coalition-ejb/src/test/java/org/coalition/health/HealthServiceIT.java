package org.coalition.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.coalition.access.AccessDeniedException;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.engagement.ConversationDraft;
import org.coalition.engagement.EngagementService;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.AsErin;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.SqlCounter;
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class HealthServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    HealthService health;

    @EJB
    CoalitionService coalitions;

    @EJB
    StakeholderService stakeholders;

    @EJB
    EngagementService engagement;

    @EJB
    SqlCounter sql;

    @EJB
    TestData data;

    @EJB
    AsBob bob;

    @EJB
    AsErin erin;

    @EJB
    org.coalition.testsupport.AsDana dana;

    @EJB
    org.coalition.testsupport.AsCarol carol;

    @EJB
    org.coalition.testsupport.AsAlice alice;

    @EJB
    org.coalition.network.InfluenceService influence;

    @EJB
    org.coalition.milestone.MilestoneService milestones;

    private long coalition() {
        return bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Health " + UUID.randomUUID().toString().substring(0, 8),
                        "Stay healthy",
                        LocalDate.now().plusMonths(3))))
                .getId();
    }

    private static StakeholderDraft draft(String name, int influence, Stance stance) {
        StakeholderDraft d = new StakeholderDraft();
        d.setName(name);
        d.setLevel(Level.DIRECTOR);
        d.setDepartment("Operations");
        d.setInfluence(influence);
        d.setInterest(3);
        d.setResources(EnumSet.of(Resource.BUDGET));
        d.setStance(stance);
        return d;
    }

    @Test
    void should_find_assumed_alignment_until_the_one_on_one_is_held() {
        long c = coalition();
        Stakeholder marcus = bob.call(() -> stakeholders.add(c, draft("Marcus", 5, Stance.SUPPORTER)));
        HealthAssessment before = bob.call(() -> health.assess(c));
        assertEquals(
                List.of(marcus.getId()),
                before.findingsFor(Pitfall.ASSUMED_ALIGNMENT).get(0).evidence().stream()
                        .map(Evidence::id)
                        .toList());

        ConversationDraft talk = new ConversationDraft();
        talk.setNotes("Fine with it");
        bob.call(() -> engagement.log(marcus.getId(), talk));

        HealthAssessment after = bob.call(() -> health.assess(c));
        assertTrue(after.findingsFor(Pitfall.ASSUMED_ALIGNMENT).isEmpty());
        assertTrue(after.score() > before.score(), before.score() + " -> " + after.score());
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> health.assess(c)), "non-members get nothing");
    }

    @Test
    void should_record_each_snapshot_once_when_two_servers_run_the_job_at_the_same_moment() throws Exception {
        long c = coalition();
        bob.call(() -> stakeholders.add(c, draft("Key", 5, Stance.SUPPORTER)));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Integer> job = () -> dana.call(() -> health.takeSnapshots());
            var runs = pool.invokeAll(List.of(job, job));
            // neither run fails: the one that loses a coalition's race skips it quietly
            int total = runs.get(0).get() + runs.get(1).get();
            assertTrue(total >= 1, total + " snapshots in all");
        } finally {
            pool.shutdown();
        }
        assertEquals(1, bob.call(() -> health.trend(c, 1)).size(), "one snapshot of today, whoever took it");
        assertEquals(0, dana.call(() -> health.takeSnapshots()));
    }

    @Test
    void should_take_one_snapshot_per_coalition_and_day_and_show_the_trend() {
        long c = coalition();
        bob.call(() -> stakeholders.add(c, draft("Key", 5, Stance.SUPPORTER)));
        int first = dana.call(() -> health.takeSnapshots());
        assertTrue(first >= 1, first + " snapshots");
        assertEquals(
                0, dana.call(() -> health.takeSnapshots()), "a second run the same day (another node) records nothing");

        var trend = bob.call(() -> health.trend(c, 90));
        assertEquals(1, trend.size());
        assertEquals(LocalDate.now(), trend.get(0).getTakenOn());
        assertEquals(bob.call(() -> health.assess(c)).score(), trend.get(0).getScore());
        assertThrows(
                jakarta.ejb.EJBAccessException.class,
                () -> bob.call(() -> health.takeSnapshots()),
                "only admins trigger it by hand");
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> health.trend(c, 30)));
    }

    @Test
    void should_gather_the_facts_with_the_same_number_of_statements_whatever_the_size() {
        long small = coalition();
        long large = coalition();
        data.grant(large, "erin", CoalitionRole.MEMBER);
        bob.run(() -> {
            stakeholders.add(small, draft("One", 5, Stance.SKEPTIC));
            for (int i = 0; i < 25; i++) {
                stakeholders.add(large, draft("Many " + i, 1 + i % 5, i % 3 == 0 ? Stance.SKEPTIC : Stance.SUPPORTER));
            }
        });
        int smallCount = bob.call(() -> sql.statementsOf(() -> health.assess(small)));
        int largeCount = bob.call(() -> sql.statementsOf(() -> health.assess(large)));
        assertEquals(smallCount, largeCount, "one query per area, not per stakeholder");
        assertTrue(largeCount <= 16, largeCount + " statements");
    }

    @Test
    void should_plan_a_one_on_one_for_the_relationship_owner_in_one_click() {
        long c = coalition();
        data.grant(c, "erin", CoalitionRole.MEMBER);
        data.grant(c, "carol", CoalitionRole.OBSERVER);
        StakeholderDraft owned = draft("Marcus Owned", 5, Stance.SUPPORTER);
        owned.setRelationshipOwner("erin");
        Stakeholder marcus = bob.call(() -> stakeholders.add(c, owned));
        Stakeholder nobodys = bob.call(() -> stakeholders.add(c, draft("Nadia Unowned", 5, Stance.NEUTRAL)));

        var task = bob.call(() -> engagement.planOneOnOne(marcus.getId()));
        assertEquals("Hold a one-on-one with Marcus Owned", task.getTitle());
        assertEquals("erin", task.getAssignee().getUsername(), "the relationship owner does it");
        assertEquals(LocalDate.now().plusDays(7), task.getDueOn());
        var again = assertThrows(
                org.coalition.platform.RuleViolationException.class,
                () -> erin.call(() -> engagement.planOneOnOne(marcus.getId())));
        assertTrue(
                again.getMessage().startsWith("A one-on-one with Marcus Owned is already planned: erin's task, due "),
                again.getMessage());

        assertEquals(
                "bob",
                bob.call(() -> engagement.planOneOnOne(nobodys.getId()))
                        .getAssignee()
                        .getUsername(),
                "nobody owns it: the one who clicked");
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> engagement.planOneOnOne(nobodys.getId())),
                "observers plan nothing");
    }

    @Test
    void should_reuse_the_facts_until_something_is_written_and_see_the_write_at_once() {
        long c = coalition();
        Stakeholder key = bob.call(() -> stakeholders.add(c, draft("Cached Key", 5, Stance.SUPPORTER)));
        int cold = bob.call(() -> sql.statementsOf(() -> health.assess(c)));
        int warm = bob.call(() -> sql.statementsOf(() -> health.assess(c)));
        assertTrue(cold > warm, cold + " statements to read the facts");
        assertTrue(warm <= 1, warm + " statements once the facts are known (at most the access check)");
        assertEquals(
                1,
                bob.call(() -> health.assess(c))
                        .findingsFor(Pitfall.ASSUMED_ALIGNMENT)
                        .size());

        ConversationDraft talk = new ConversationDraft();
        talk.setNotes("Checked");
        bob.call(() -> engagement.log(key.getId(), talk));
        assertTrue(
                bob.call(() -> health.assess(c))
                        .findingsFor(Pitfall.ASSUMED_ALIGNMENT)
                        .isEmpty(),
                "the write is seen at once");
    }

    @Test
    void should_refuse_a_revoked_member_on_the_very_next_call() {
        long c = coalition();
        data.grant(c, "erin", CoalitionRole.MEMBER);
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(
                () -> erin.call(() -> health.assess(c)), "a member may look");
        data.update(
                "DELETE FROM Membership m WHERE m.coalition.id = :c AND m.person.username = 'erin'",
                java.util.Map.of("c", c));
        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> health.assess(c)),
                "no stale standing after the revocation");
    }

    @Test
    void should_count_a_decision_awaited_on_an_unverified_approver_as_assuming_alignment_until_the_one_on_one() {
        long c = coalition();
        data.grant(c, "alice", CoalitionRole.SPONSOR);
        Stakeholder key = bob.call(() -> stakeholders.add(c, draft("Verified Key", 5, Stance.SUPPORTER)));
        ConversationDraft checked = new ConversationDraft();
        checked.setNotes("Checked");
        bob.call(() -> engagement.log(key.getId(), checked));
        // a low influence: no key stakeholder, so only the decision makes her stance count
        Stakeholder ines = bob.call(() -> stakeholders.add(c, draft("Ines Approver", 2, Stance.SUPPORTER)));
        bob.call(() -> influence.markDecisionMaker(ines.getId(), org.coalition.stakeholder.DecisionRole.APPROVER));
        var budget = bob.call(() -> milestones.propose(
                c,
                new org.coalition.milestone.MilestoneDraft(
                        "Budget 2027", null, LocalDate.now().plusWeeks(4))));
        var decided = bob.call(() -> milestones.propose(
                c,
                new org.coalition.milestone.MilestoneDraft(
                        "Pilot decided", null, LocalDate.now().plusWeeks(2))));
        bob.run(() -> influence.nameDeciders(budget.getId(), java.util.Set.of(ines.getId())));
        bob.run(() -> influence.nameDeciders(decided.getId(), java.util.Set.of(ines.getId())));
        alice.call(() -> milestones.decide(decided.getId(), decided.getVersion(), true, "Go"));

        HealthAssessment before = bob.call(() -> health.assess(c));
        List<Finding> findings = before.findingsFor(Pitfall.ASSUMED_ALIGNMENT);
        assertEquals(
                1,
                findings.size(),
                "only the decision still awaited, not the key stakeholder nor the decided one: " + findings);
        assertEquals(
                org.coalition.shared.Said.of("said.health.decisionAssumedProblem", "Budget 2027", 1),
                findings.get(0).problem());
        assertEquals(
                List.of(new Evidence("decision", budget.getId(), "Budget 2027")),
                findings.get(0).evidence());
        assertEquals(
                15,
                before.area(Pitfall.ASSUMED_ALIGNMENT),
                "one key stakeholder verified, one decision assuming: half of 30");
        data.grant(c, "carol", CoalitionRole.OBSERVER);
        assertEquals(
                before.findings(), carol.call(() -> health.assess(c)).findings(), "an observer sees the same finding");

        ConversationDraft talk = new ConversationDraft();
        talk.setNotes("She will approve the budget");
        bob.call(() -> engagement.log(ines.getId(), talk));
        HealthAssessment after = bob.call(() -> health.assess(c));
        assertTrue(
                after.findingsFor(Pitfall.ASSUMED_ALIGNMENT).isEmpty(),
                after.findings().toString());
        assertEquals(30, after.area(Pitfall.ASSUMED_ALIGNMENT));
    }
}
