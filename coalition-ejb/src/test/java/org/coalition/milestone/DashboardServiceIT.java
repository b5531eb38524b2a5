package org.coalition.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coalition.access.AccessDeniedException;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.testsupport.AsAlice;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.AsCarol;
import org.coalition.testsupport.AsErin;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.SqlCounter;
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dashboard's first view as one use case: who may open it, what it holds, and what it costs. */
@ExtendWith(ArquillianExtension.class)
class DashboardServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    DashboardService dashboards;

    @EJB
    CoalitionService coalitions;

    @EJB
    MilestoneService milestones;

    @EJB
    TestData data;

    @EJB
    SqlCounter sql;

    @EJB
    AsAlice alice;

    @EJB
    AsBob bob;

    @EJB
    AsCarol carol;
    /** An employee without a role in these coalitions. */
    @EJB
    AsErin erin;

    /** bob's coalition (bob a member as its lead), alice sponsoring it, carol observing. */
    private long coalition() {
        long id = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Dashboard " + UUID.randomUUID().toString().substring(0, 8),
                        "Ship the pilot",
                        LocalDate.now().plusMonths(3))))
                .getId();
        data.grant(id, "alice", CoalitionRole.SPONSOR);
        data.grant(id, "carol", CoalitionRole.OBSERVER);
        return id;
    }

    private Milestone proposedByBob(long coalitionId, String title, LocalDate dueOn) {
        return bob.call(() -> milestones.propose(coalitionId, new MilestoneDraft(title, null, dueOn)));
    }

    @Test
    void should_open_the_dashboard_to_its_sponsor_member_and_observer_with_what_each_may_do() {
        long c = coalition();

        Dashboard sponsor = alice.call(() -> dashboards.firstView(c));
        Dashboard member = bob.call(() -> dashboards.firstView(c));
        Dashboard observer = carol.call(() -> dashboards.firstView(c));

        assertTrue(sponsor.coalition().may(CoalitionAction.DECIDE_MILESTONE), "an executive sponsor decides");
        assertTrue(sponsor.coalition().may(CoalitionAction.UPDATE_ANY_TASK));
        assertFalse(member.coalition().may(CoalitionAction.DECIDE_MILESTONE), "a member does not");
        assertTrue(member.coalition().may(CoalitionAction.MANAGE_TASKS));
        assertTrue(observer.coalition().may(CoalitionAction.VIEW));
        assertFalse(observer.coalition().may(CoalitionAction.MANAGE_TASKS), "an observer only looks");
        assertFalse(observer.coalition().may(CoalitionAction.POST_UPDATE));
        assertEquals(CoalitionRole.OBSERVER, observer.coalition().viewerRole());
    }

    @Test
    void should_refuse_the_dashboard_to_someone_without_a_role_in_the_coalition() {
        long c = coalition();

        assertThrows(AccessDeniedException.class, () -> erin.call(() -> dashboards.firstView(c)));
    }

    @Test
    void should_hold_the_milestones_with_progress_the_workers_and_the_next_sync() {
        long c = coalition();
        Milestone later = proposedByBob(c, "Later", LocalDate.now().plusWeeks(8));
        Milestone sooner = proposedByBob(c, "Sooner", LocalDate.now().plusWeeks(2));
        bob.call(() -> milestones.addTask(c, sooner.getId(), "Draft the plan", "bob", null));

        Dashboard dashboard = carol.call(() -> dashboards.firstView(c));

        assertEquals(
                List.of(sooner.getId(), later.getId()),
                dashboard.milestones().stream()
                        .map(ms -> ms.milestone().getId())
                        .toList(),
                "soonest due first");
        assertEquals(1, dashboard.milestones().get(0).progress().toDo());
        for (String worker : List.of("alice", "bob")) {
            assertEquals(
                    List.of(worker),
                    carol.call(() -> coalitions.suggestWorkers(c, worker.toUpperCase(java.util.Locale.ROOT))).stream()
                            .map(org.coalition.trust.ParticipantChoice::key)
                            .toList(),
                    "the picker suggests sponsors and members by name");
        }
        assertEquals(List.of(), carol.call(() -> coalitions.suggestWorkers(c, "carol")), "observers take no tasks");
        assertNotNull(dashboard.nextSync());
        // The next sync may be under way (a Monday-morning run meets the default Monday sync): it has not ended
        assertTrue(
                dashboard
                        .nextSync()
                        .end()
                        .toInstant()
                        .isAfter(java.time.Instant.now().minusSeconds(1)),
                "the next sync has not ended yet");
        assertNull(dashboard.retrospective(), "a running coalition has no retrospective");
        assertEquals(List.of(), dashboard.allies());
        assertThrows(
                UnsupportedOperationException.class,
                () -> dashboard.milestones().clear(),
                "the answer is immutable");
    }

    @Test
    void should_show_the_most_pressing_milestones_first_when_there_are_many() {
        long c = coalition();
        for (int i = 0; i < Dashboard.MILESTONES_SHOWN + 2; i++) {
            proposedByBob(c, "Step " + i, LocalDate.now().plusWeeks(1 + i));
        }
        Milestone last = proposedByBob(c, "Last", LocalDate.now().plusYears(1));
        alice.call(() -> milestones.decide(last.getId(), last.getVersion(), true, "Go"));

        Dashboard dashboard = bob.call(() -> dashboards.firstView(c));

        assertEquals(Dashboard.MILESTONES_SHOWN + 3, dashboard.timeline(true).size(), "all when asked for");
        List<MilestoneSummary> pressing = dashboard.timeline(false);
        assertEquals(Dashboard.MILESTONES_SHOWN, pressing.size());
        assertFalse(
                pressing.stream().anyMatch(ms -> ms.milestone().getId().equals(last.getId())),
                "a decided milestone gives way to those awaiting a decision");
        assertEquals("Step 0", pressing.get(0).milestone().getTitle(), "as a timeline by due date");
    }

    @Test
    void should_open_the_dashboard_with_as_many_statements_for_many_milestones_and_people_as_for_one() {
        long one = coalition();
        proposedByBob(one, "First", LocalDate.now().plusWeeks(2));
        bob.call(() -> dashboards.firstView(one));
        int withOne = bob.call(() -> sql.statementsOf(() -> dashboards.firstView(one)));

        long many = coalition();
        for (int i = 0; i < 6; i++) {
            Milestone m = proposedByBob(many, "Step " + i, LocalDate.now().plusWeeks(1 + i));
            bob.call(() -> milestones.addTask(many, m.getId(), "Task", "bob", null));
        }
        data.grant(many, "erin", CoalitionRole.MEMBER);
        bob.call(() -> dashboards.firstView(many));
        int withMany = bob.call(() -> sql.statementsOf(() -> dashboards.firstView(many)));

        assertEquals(withOne, withMany, "statements must not grow with milestones, tasks or people");
        assertTrue(withMany <= 6, withMany + " statements");
    }
}
