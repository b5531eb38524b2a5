package org.coalition.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.coalition.access.AccessDeniedException;
import org.coalition.access.CoalitionAction;
import org.coalition.audit.AuditEntry;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.platform.BusinessException;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.rhythm.FeedPost;
import org.coalition.rhythm.FeedService;
import org.coalition.shared.Refusal;
import org.coalition.shared.Said;
import org.coalition.testsupport.AsAlice;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.AsCarol;
import org.coalition.testsupport.AsErin;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class MilestoneServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    CoalitionService coalitions;

    @EJB
    MilestoneService milestones;

    @EJB
    FeedService feed;

    @EJB
    AuditTrail audit;

    @EJB
    TestData data;

    @EJB
    AsAlice alice;

    @EJB
    AsBob bob;

    @EJB
    AsCarol carol;
    /** An employee without a role in these coalitions (not frank: he administers bob's department in other tests). */
    @EJB
    AsErin erin;

    @Resource
    ManagedExecutorService executor;

    /** bob's coalition, alice sponsoring it, carol observing. */
    private long coalition(boolean aliceSponsors) {
        long id = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Milestones " + UUID.randomUUID().toString().substring(0, 8),
                        "Ship the pilot",
                        LocalDate.now().plusMonths(3))))
                .getId();
        if (aliceSponsors) {
            data.grant(id, "alice", CoalitionRole.SPONSOR);
        }
        data.grant(id, "carol", CoalitionRole.OBSERVER);
        return id;
    }

    private Milestone proposedByBob(long coalitionId) {
        return bob.call(() -> milestones.propose(
                coalitionId,
                new MilestoneDraft(
                        "Pilot in two teams", "Four weeks", LocalDate.now().plusWeeks(4))));
    }

    @Test
    void should_let_only_a_sponsor_of_that_coalition_decide() {
        long c = coalition(true);
        long other = coalition(true);
        Milestone m = proposedByBob(c);
        Milestone inOther = proposedByBob(other);

        assertThrows(
                AccessDeniedException.class,
                () -> bob.call(() -> milestones.decide(m.getId(), m.getVersion(), true, "mine")),
                "a member may not approve");
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> milestones.decide(m.getId(), m.getVersion(), true, "")),
                "an observer may not approve");
        long notSponsored = coalition(false);
        Milestone elsewhere = proposedByBob(notSponsored);
        assertThrows(
                AccessDeniedException.class,
                () -> alice.call(() -> milestones.decide(elsewhere.getId(), elsewhere.getVersion(), true, "")),
                "a sponsor of another coalition may not approve");

        Milestone approved = alice.call(() -> milestones.decide(m.getId(), m.getVersion(), true, "Go ahead"));
        assertEquals(MilestoneStatus.APPROVED, approved.getStatus());
        assertEquals("Go ahead", approved.getDecisionComment());
        assertEquals(
                MilestoneStatus.PROPOSED,
                bob.call(() -> milestones.milestones(other)).get(0).milestone().getStatus(),
                "deciding one coalition's milestone leaves the other's alone: " + inOther.getTitle());
        List<FeedPost> wins = bob.call(() -> feed.wins(c, 10));
        assertTrue(wins.get(0).getText().contains("approved"), "the approval is celebrated on the feed");
        assertEquals(
                Said.of(
                        "said.feed.milestoneApprovedWithComment",
                        m.getTitle(),
                        wins.get(0).getAuthor(),
                        "Go ahead"),
                wins.get(0).getSaid(),
                "kept as key and values, for each reader's language");
    }

    @Test
    void should_record_exactly_one_decision_when_two_sponsors_decide_at_once() throws Exception {
        long c = coalition(true);
        Milestone m = proposedByBob(c);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (boolean approve : new boolean[] {true, false}) {
            outcomes.add(executor.submit(() -> {
                start.await();
                try {
                    alice.call(() -> milestones.decide(m.getId(), m.getVersion(), approve, approve ? "yes" : "no"));
                    return "decided";
                } catch (BusinessException | jakarta.ejb.EJBException e) {
                    return "refused";
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        assertEquals(1, results.stream().filter("decided"::equals).count(), results.toString());
        long decisions = alice.call(() -> audit.list(c, 0, 100)).stream()
                .filter(e -> e.getAction().equals("milestone.approved")
                        || e.getAction().equals("milestone.rejected"))
                .count();
        assertEquals(1, decisions, "one decision in the audit trail");
        assertThrows(
                ConcurrentEditException.class,
                () -> alice.call(() -> milestones.decide(m.getId(), m.getVersion(), true, "again")));
    }

    @Test
    void should_let_a_rejected_milestone_be_revised_and_decided_again() {
        long c = coalition(true);
        Milestone m = proposedByBob(c);
        Milestone rejected = alice.call(() -> milestones.decide(m.getId(), m.getVersion(), false, "Too big: split it"));
        Milestone revised = bob.call(() -> milestones.revise(
                m.getId(),
                rejected.getVersion(),
                new MilestoneDraft(
                        "Pilot in one team", "Two weeks", LocalDate.now().plusWeeks(2))));
        assertEquals(MilestoneStatus.PROPOSED, revised.getStatus());
        assertEquals(
                MilestoneStatus.APPROVED,
                alice.call(() -> milestones.decide(m.getId(), revised.getVersion(), true, "Better"))
                        .getStatus());
    }

    @Test
    void should_let_no_sponsor_decide_who_is_not_an_executive() {
        long c = coalition(true);
        data.grant(c, "erin", CoalitionRole.SPONSOR); // named sponsor while an executive, no longer one
        Milestone m = proposedByBob(c);

        AccessDeniedException refused = assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> milestones.decide(m.getId(), m.getVersion(), true, "")));
        assertEquals(Refusal.ONLY_SPONSOR_DECIDES, refused.refusal());
        assertFalse(
                erin.call(() -> coalitions.open(c)).may(CoalitionAction.DECIDE_MILESTONE),
                "the page asks the same table");
        assertTrue(
                alice.call(() -> coalitions.open(c)).may(CoalitionAction.DECIDE_MILESTONE), "an executive sponsor may");
        AccessDeniedException member = assertThrows(
                AccessDeniedException.class,
                () -> bob.call(() -> milestones.decide(m.getId(), m.getVersion(), true, "")));
        assertEquals(Refusal.ROLE_MAY_NOT, member.refusal());
    }

    @Test
    void should_compute_progress_from_tasks_and_let_members_update_only_their_own() {
        long c = coalition(true);
        data.grant(c, "erin", CoalitionRole.MEMBER);
        Milestone m = proposedByBob(c);
        Task bobs = bob.call(() -> milestones.addTask(
                c, m.getId(), "Draft the pilot plan", "bob", LocalDate.now().plusDays(7)));
        Task erins = bob.call(() -> milestones.addTask(
                c, m.getId(), "Survey the teams", "erin", LocalDate.now().plusDays(7)));

        // read before the change: what the dashboard keeps for everyone (FactsCache) must not outlive it
        assertEquals(
                0, bob.call(() -> milestones.milestones(c)).get(0).progress().percentDone());
        assertEquals(2, alice.call(() -> milestones.countTasks(c)));
        bob.call(() -> milestones.updateTask(bobs.getId(), bobs.getVersion(), TaskStatus.DONE, "Shared with the team"));
        AccessDeniedException notHis = assertThrows(
                AccessDeniedException.class,
                () -> bob.call(() -> milestones.updateTask(erins.getId(), erins.getVersion(), TaskStatus.DONE, "")),
                "not bob's task");
        assertEquals(Refusal.ONLY_OWN_TASKS, notHis.refusal());
        Task byTheSponsor = alice.call(() -> milestones.updateTask(
                erins.getId(), erins.getVersion(), TaskStatus.IN_PROGRESS, "Nudged by the sponsor"));
        assertEquals(TaskStatus.IN_PROGRESS, byTheSponsor.getStatus(), "a sponsor updates anyone's task");
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(
                        () -> milestones.updateTask(bobs.getId(), bobs.getVersion() + 1, TaskStatus.BLOCKED, "")));

        MilestoneProgress progress =
                bob.call(() -> milestones.milestones(c)).get(0).progress();
        assertEquals(50, progress.percentDone());
        assertEquals(2, progress.total());
        bob.call(() -> milestones.addTask(c, m.getId(), "Book the room", "bob", null));
        assertEquals(3, alice.call(() -> milestones.countTasks(c)), "a task added is counted at once");
        assertEquals(
                3, alice.call(() -> milestones.milestones(c)).get(0).progress().total());
    }

    @Test
    void should_list_the_caller_s_open_tasks_first_then_by_due_date_a_page_at_a_time() {
        long c = coalition(true);
        data.grant(c, "erin", CoalitionRole.MEMBER);
        LocalDate today = LocalDate.now();
        bob.call(() -> milestones.addTask(c, null, "Erin's soon", "erin", today.plusDays(1)));
        bob.call(() -> milestones.addTask(c, null, "Bob's late", "bob", today.plusDays(30)));
        Task bobsDone = bob.call(() -> milestones.addTask(c, null, "Bob's done", "bob", today.plusDays(2)));
        bob.call(() -> milestones.addTask(c, null, "Bob's next", "bob", today.plusDays(10)));
        bob.call(() -> milestones.updateTask(bobsDone.getId(), bobsDone.getVersion(), TaskStatus.DONE, "done"));

        List<String> bobSees = bob.call(() -> milestones.tasksMineFirst(c, 0, 10)).stream()
                .map(Task::getTitle)
                .toList();
        assertEquals(List.of("Bob's next", "Bob's late", "Erin's soon", "Bob's done"), bobSees, "his open ones first");
        List<String> erinSees = erin.call(() -> milestones.tasksMineFirst(c, 0, 10)).stream()
                .map(Task::getTitle)
                .toList();
        assertEquals(List.of("Erin's soon", "Bob's done", "Bob's next", "Bob's late"), erinSees);
        assertEquals(
                List.of("Bob's late", "Erin's soon"),
                bob.call(() -> milestones.tasksMineFirst(c, 1, 2)).stream()
                        .map(Task::getTitle)
                        .toList(),
                "paged in the database");
        List<String> carolSees = carol.call(() -> milestones.tasksMineFirst(c, 0, 10)).stream()
                .map(Task::getTitle)
                .toList();
        assertEquals(
                List.of("Erin's soon", "Bob's done", "Bob's next", "Bob's late"),
                carolSees,
                "an observer has none of her own");
    }

    @Test
    void should_show_one_milestone_and_one_task_to_whoever_may_view_the_coalition_only() {
        long c = coalition(true);
        Milestone m = proposedByBob(c);
        Task task = bob.call(() -> milestones.addTask(
                c, m.getId(), "Draft the pilot plan", "bob", LocalDate.now().plusDays(7)));
        bob.call(() -> milestones.updateTask(task.getId(), task.getVersion(), TaskStatus.DONE, "Shared"));

        MilestoneSummary seen = carol.call(() -> milestones.milestone(m.getId()));
        assertEquals("Pilot in two teams", seen.milestone().getTitle(), "an observer reads a milestone");
        assertEquals(100, seen.progress().percentDone());
        Task read = carol.call(() -> milestones.task(task.getId()));
        assertEquals(TaskStatus.DONE, read.getStatus());
        assertEquals("bob", read.getAssignee().getUsername());
        assertEquals(m.getId(), read.getMilestone().getId());

        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> milestones.milestone(m.getId())),
                "no role, no milestone");
        assertThrows(
                AccessDeniedException.class, () -> erin.call(() -> milestones.task(task.getId())), "no role, no task");
        assertThrows(
                org.coalition.platform.NotFoundException.class, () -> bob.call(() -> milestones.task(987_654_321L)));
        assertThrows(
                org.coalition.platform.NotFoundException.class,
                () -> bob.call(() -> milestones.milestone(987_654_321L)));
    }

    @Test
    void should_write_an_audit_entry_for_every_change_and_show_it_to_sponsors_only() {
        long c = coalition(true);
        Milestone m = proposedByBob(c);
        Task t = bob.call(() -> milestones.addTask(c, m.getId(), "Book a room", "bob", null));
        bob.call(() -> milestones.updateTask(t.getId(), t.getVersion(), TaskStatus.IN_PROGRESS, "Asked facilities"));
        alice.call(() -> milestones.decide(m.getId(), m.getVersion(), true, "Fine"));

        List<String> actions = alice.call(() -> audit.list(c, 0, 50)).stream()
                .map(AuditEntry::getAction)
                .toList();
        assertTrue(
                actions.containsAll(
                        List.of("milestone.proposed", "task.created", "task.updated", "milestone.approved")),
                actions.toString());
        AuditEntry update = alice.call(() -> audit.list(c, 0, 50)).stream()
                .filter(e -> e.getAction().equals("task.updated"))
                .findFirst()
                .orElseThrow();
        assertEquals("TO_DO", update.getOldValue());
        assertEquals("IN_PROGRESS", update.getNewValue());
        assertEquals("bob", update.getActor());
        assertThrows(
                AccessDeniedException.class,
                () -> bob.call(() -> audit.list(c, 0, 10)),
                "members do not read the audit trail");
        assertThrows(AccessDeniedException.class, () -> carol.call(() -> audit.list(c, 0, 10)));
    }
}
