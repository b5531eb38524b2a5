package org.coalition.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.difference.DifferenceDraft;
import org.coalition.difference.DifferenceService;
import org.coalition.milestone.Milestone;
import org.coalition.milestone.MilestoneDraft;
import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.Task;
import org.coalition.milestone.TaskStatus;
import org.coalition.rhythm.FeedService;
import org.coalition.sponsor.SponsorOverview;
import org.coalition.sponsor.SponsorService;
import org.coalition.sponsor.SponsoredCoalition;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.testsupport.AsAlice;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.AsErin;
import org.coalition.testsupport.AsHank;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.SqlCounter;
import org.coalition.testsupport.TestData;
import org.coalition.work.ConversationDue;
import org.coalition.work.MyWorkService;
import org.coalition.work.NextSync;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class RoleViewsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    org.coalition.testsupport.AsDana dana;

    @EJB
    CoalitionService coalitions;

    @EJB
    MilestoneService milestones;

    @EJB
    DifferenceService differences;

    @EJB
    FeedService feed;

    @EJB
    StakeholderService stakeholders;

    @EJB
    SponsorService sponsor;

    @EJB
    MyWorkService myWork;

    @EJB
    TestData data;

    @EJB
    SqlCounter sql;

    @EJB
    AsAlice alice;

    @EJB
    AsBob bob;

    @EJB
    AsErin erin;

    @EJB
    AsHank hank;

    /** bob's coalition, erin a member, alice in the given role. */
    private long coalition(CoalitionRole aliceRole) {
        return coalition("alice", aliceRole);
    }

    /** bob's coalition, erin a member, the user in the given role. */
    private long coalition(String username, CoalitionRole role) {
        long id = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Views " + UUID.randomUUID().toString().substring(0, 8),
                        "Work across teams",
                        LocalDate.now().plusMonths(3))))
                .getId();
        data.grant(id, username, role);
        data.grant(id, "erin", CoalitionRole.MEMBER);
        return id;
    }

    /**
     * hank sponsors nothing yet: earlier runs on the same database left him coalitions and undecided
     * milestones, which would fill his first page and the decisions shown before this test's own.
     */
    private void hankStartsAfresh() {
        data.update("DELETE FROM Membership m WHERE m.person.username = :u", java.util.Map.of("u", "hank"));
    }

    private Milestone proposedByBob(long coalitionId, String title) {
        return proposedByBob(coalitionId, title, LocalDate.now().plusWeeks(4));
    }

    private Milestone proposedByBob(long coalitionId, String title, LocalDate dueOn) {
        return bob.call(() -> milestones.propose(coalitionId, new MilestoneDraft(title, null, dueOn)));
    }

    private static SponsoredCoalition find(SponsorOverview overview, long coalitionId) {
        return overview.coalitions().stream()
                .filter(c -> c.id() == coalitionId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("coalition " + coalitionId + " missing from "
                        + overview.coalitions().stream()
                                .map(SponsoredCoalition::id)
                                .toList()));
    }

    @Test
    void should_show_a_sponsor_every_coalition_she_sponsors_with_progress_and_decisions_awaiting() {
        hankStartsAfresh();
        long first = coalition("hank", CoalitionRole.SPONSOR);
        long second = coalition("hank", CoalitionRole.SPONSOR);
        long observed = coalition("hank", CoalitionRole.OBSERVER);
        Milestone pilot = proposedByBob(first, "Pilot", LocalDate.now().plusDays(1));
        Milestone rollout = proposedByBob(second, "Rollout", LocalDate.now().plusDays(1));
        proposedByBob(observed, "Not hers to decide");
        Task done = bob.call(() -> milestones.addTask(first, pilot.getId(), "Plan", "bob", null));
        bob.call(() -> milestones.addTask(first, pilot.getId(), "Survey", "erin", null));
        bob.call(() -> milestones.addTask(first, pilot.getId(), "Book rooms", "bob", null));
        bob.call(() -> milestones.addTask(first, pilot.getId(), "Invite", "bob", null));
        bob.call(() -> milestones.updateTask(done.getId(), done.getVersion(), TaskStatus.DONE, "Shared"));
        bob.call(() -> differences.open(first, new DifferenceDraft("Who pays", "Budget split", List.of())));
        for (int i = 1; i <= 4; i++) {
            int n = i;
            bob.call(() -> feed.recognize(second, "Erin", "Contribution " + n));
        }

        var area = java.util.Map.of(org.coalition.health.Pitfall.ASSUMED_ALIGNMENT, 0);
        for (int[] dayAndScore : new int[][] {{120, 10}, {3, 40}, {2, 55}, {1, 70}}) {
            data.persist(new org.coalition.health.HealthSnapshot(
                    first,
                    LocalDate.now().minusDays(dayAndScore[0]),
                    new org.coalition.health.HealthAssessment(dayAndScore[1], area, List.of())));
        }

        SponsorOverview overview = hank.call(() -> sponsor.overview(0, SponsorService.MAX_PAGE));

        SponsoredCoalition one = find(overview, first);
        assertEquals(List.of(40, 55, 70), one.healthTrend(), "the last 90 days of daily snapshots, oldest first");
        assertEquals(25, one.progress().percentDone(), "one of four tasks done");
        assertEquals(4, one.progress().total());
        assertEquals(1, one.openDifferences());
        SponsoredCoalition two = find(overview, second);
        assertEquals(0, two.progress().total());
        assertEquals(0, two.openDifferences());
        assertEquals(List.of(), two.healthTrend(), "no snapshot yet");
        assertEquals(SponsorService.RECENT_WINS, two.recentWins().size(), "only the latest wins");
        assertTrue(two.recentWins().get(0).getText().contains("Contribution 4"), "newest first");
        assertFalse(overview.coalitions().stream().anyMatch(c -> c.id() == observed), "observing is not sponsoring");

        List<Long> awaiting =
                overview.awaitingDecision().stream().map(Milestone::getId).toList();
        assertTrue(awaiting.containsAll(List.of(pilot.getId(), rollout.getId())), awaiting.toString());
        assertFalse(overview.awaitingDecision().stream()
                .anyMatch(m -> m.getCoalition().getId() == observed));
        assertEquals(
                "Pilot",
                overview.awaitingDecision().stream()
                        .filter(m -> m.getId().equals(pilot.getId()))
                        .findFirst()
                        .orElseThrow()
                        .getTitle());

        hank.call(() -> milestones.decide(pilot.getId(), pilot.getVersion(), true, "Go"));
        SponsorOverview after = hank.call(() -> sponsor.overview(0, SponsorService.MAX_PAGE));
        assertFalse(
                after.awaitingDecision().stream().anyMatch(m -> m.getId().equals(pilot.getId())),
                "decided, no longer waiting");
        assertTrue(find(after, first).recentWins().get(0).getText().contains("approved"), "the approval is a win");
    }

    @Test
    void should_show_the_sponsored_coalitions_a_page_at_a_time_by_name_and_the_soonest_decisions() {
        // dana sponsors the coalitions of this test, and those of earlier runs on the same database
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 4; i >= 0; i--) {
            String name = "Paged " + tag + " " + i + " " + UUID.randomUUID();
            long id = bob.call(() -> coalitions.propose(new CoalitionDraft(
                            name, "Work across teams", LocalDate.now().plusMonths(3))))
                    .getId();
            data.grant(id, "dana", CoalitionRole.SPONSOR);
            ids.add(0, id);
        }
        List<Milestone> decisions = new java.util.ArrayList<>();
        for (int i = 0; i < SponsorService.AWAITING_SHOWN + 1; i++) {
            decisions.add(proposedByBob(
                    ids.get(i % 5), "Decide " + i, LocalDate.now().plusDays(SponsorService.AWAITING_SHOWN + 1 - i)));
        }
        List<Long> all = dana.call(() -> sponsor.sponsoredIds());
        assertEquals(ids, all.stream().filter(ids::contains).toList(), "this test's coalitions by name");

        SponsorOverview first = dana.call(() -> sponsor.overview(0, 2));
        assertEquals(
                all.subList(0, 2),
                first.coalitions().stream().map(SponsoredCoalition::id).toList(),
                "by name, the page's size");
        assertTrue(first.moreCoalitions());
        SponsorOverview last = dana.call(() -> sponsor.overview(all.size() - 1, 2));
        assertEquals(
                all.subList(all.size() - 1, all.size()),
                last.coalitions().stream().map(SponsoredCoalition::id).toList());
        assertFalse(last.moreCoalitions());

        List<Milestone> awaiting = first.awaitingDecision();
        assertEquals(SponsorService.AWAITING_SHOWN, awaiting.size(), "the soonest due few");
        assertTrue(first.moreAwaiting());
        for (int i = 1; i < awaiting.size(); i++) {
            assertFalse(awaiting.get(i).getDueOn().isBefore(awaiting.get(i - 1).getDueOn()), "soonest due first");
        }
        Milestone soonest = decisions.get(SponsorService.AWAITING_SHOWN);
        assertFalse(awaiting.get(0).getDueOn().isAfter(soonest.getDueOn()), "none sooner left out");
        assertEquals(
                awaiting.stream().map(Milestone::getId).toList(),
                last.awaitingDecision().stream().map(Milestone::getId).toList(),
                "across every coalition sponsored, whatever the page");
        assertFalse(
                awaiting.stream()
                        .anyMatch(m -> m.getId().equals(decisions.get(0).getId())),
                "due last, not shown yet");
    }

    @Test
    void should_refuse_the_sponsor_view_to_an_employee_without_the_executive_role() {
        Exception refused =
                assertThrows(Exception.class, () -> bob.call(() -> sponsor.overview(0, SponsorService.MAX_PAGE)));
        boolean accessRefused = false;
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            accessRefused |= cause instanceof EJBAccessException;
        }
        assertTrue(accessRefused, refused.toString());
    }

    @Test
    void should_build_the_sponsor_view_with_as_many_statements_for_three_coalitions_as_for_one() {
        // alice may already sponsor coalitions of other tests: what matters is that two more add no statement
        long one = coalition(CoalitionRole.SPONSOR);
        proposedByBob(one, "First");
        alice.call(() -> sponsor.overview(
                0, SponsorService.MAX_PAGE)); // the first view reads each coalition's health facts once
        int withOne = alice.call(() -> sql.statementsOf(() -> sponsor.overview(0, SponsorService.MAX_PAGE)));
        for (int i = 0; i < 2; i++) {
            long more = coalition(CoalitionRole.SPONSOR);
            Milestone m = proposedByBob(more, "More " + i);
            bob.call(() -> milestones.addTask(more, m.getId(), "Task", "bob", null));
            bob.call(() -> feed.recognize(more, "Bob", "Kick-off"));
            bob.call(() -> differences.open(more, new DifferenceDraft("Scope", null, List.of())));
        }
        alice.call(() -> sponsor.overview(0, SponsorService.MAX_PAGE));
        int withThree = alice.call(() -> sql.statementsOf(() -> sponsor.overview(0, SponsorService.MAX_PAGE)));

        assertEquals(withOne, withThree, "statements must not grow with the coalitions sponsored");
        assertTrue(withThree <= 6, withThree + " statements");
    }

    @Test
    void should_list_my_open_tasks_across_coalitions_and_the_stakeholders_due_for_a_conversation() {
        long first = coalition(CoalitionRole.SPONSOR);
        long second = coalition(CoalitionRole.SPONSOR);
        Milestone m = proposedByBob(first, "Pilot");
        Task inFirst = bob.call(() -> milestones.addTask(
                first, m.getId(), "Draft the plan", "bob", LocalDate.now().minusDays(1)));
        Task inSecond = bob.call(() -> milestones.addTask(second, null, "Call finance", "bob", null));
        Task erins = bob.call(() -> milestones.addTask(first, m.getId(), "Survey", "erin", null));
        Task finished = bob.call(() -> milestones.addTask(second, null, "Done already", "bob", null));
        bob.call(() -> milestones.updateTask(finished.getId(), finished.getVersion(), TaskStatus.DONE, null));
        long owned = bob.call(() -> stakeholders.add(second, stakeholder("Tom " + UUID.randomUUID(), "bob")))
                .getId();
        long erinOwns = bob.call(() -> stakeholders.add(second, stakeholder("Ute " + UUID.randomUUID(), "erin")))
                .getId();

        List<Task> bobsTasks = bob.call(() -> myWork.tasks(0, MyWorkService.MAX_PAGE));
        List<ConversationDue> bobsDue = bob.call(() -> myWork.conversationsDue(0, MyWorkService.MAX_PAGE));
        List<NextSync> bobsSyncs = bob.call(() -> myWork.nextSyncs(MyWorkService.MAX_PAGE));

        List<Long> tasks = bobsTasks.stream().map(Task::getId).toList();
        assertTrue(
                tasks.containsAll(List.of(inFirst.getId(), inSecond.getId())), "tasks from both coalitions: " + tasks);
        assertFalse(tasks.contains(erins.getId()), "not erin's");
        assertFalse(tasks.contains(finished.getId()), "not the done ones");
        Task planned = bobsTasks.stream()
                .filter(t -> t.getId().equals(inFirst.getId()))
                .findFirst()
                .orElseThrow();
        assertEquals("Pilot", planned.getMilestone().getTitle(), "milestone fetched with the task");
        assertTrue(planned.isOverdue(LocalDate.now()));

        List<Long> due = bobsDue.stream().map(d -> d.stakeholder().id()).toList();
        assertTrue(due.contains(owned), "bob owns Tom and has not talked to him");
        assertFalse(due.contains(erinOwns), "erin's relationship");
        ConversationDue tom = bobsDue.stream()
                .filter(d -> d.stakeholder().id() == owned)
                .findFirst()
                .orElseThrow();
        assertEquals(second, tom.coalitionId());
        assertFalse(tom.stakeholder().verified());

        List<Long> syncing = bobsSyncs.stream().map(NextSync::coalitionId).toList();
        assertTrue(syncing.containsAll(List.of(first, second)), syncing.toString());
        assertTrue(bobsSyncs.stream()
                .allMatch(n -> n.occurrence().end().toInstant().isAfter(java.time.Instant.now())));

        List<Task> erinsTasks = erin.call(() -> myWork.tasks(0, MyWorkService.MAX_PAGE));
        assertTrue(erinsTasks.stream().anyMatch(t -> t.getId().equals(erins.getId())));
        assertFalse(erinsTasks.stream().anyMatch(t -> t.getId().equals(inFirst.getId())), "not bob's");
    }

    private static StakeholderDraft stakeholder(String name, String owner) {
        StakeholderDraft draft = new StakeholderDraft();
        draft.setName(name);
        draft.setTitle("Manager");
        draft.setLevel(Level.MANAGER);
        draft.setDepartment("Finance");
        draft.setInfluence(4);
        draft.setInterest(3);
        draft.setResources(EnumSet.of(Resource.BUDGET));
        draft.setStance(Stance.SUPPORTER);
        draft.setRelationshipOwner(owner);
        return draft;
    }
}
