package org.coalition.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.difference.DifferenceDraft;
import org.coalition.difference.DifferenceService;
import org.coalition.health.HealthService;
import org.coalition.milestone.DashboardService;
import org.coalition.milestone.Milestone;
import org.coalition.milestone.MilestoneDraft;
import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.Task;
import org.coalition.milestone.TaskStatus;
import org.coalition.rhythm.FeedService;
import org.coalition.sponsor.SponsorOverview;
import org.coalition.sponsor.SponsorService;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.AsDana;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.SqlCounter;
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statements of a page's first view: the service calls its page bean and shared parts make, each in its own
 * transaction as on a page, right after a change (so the shared caches hold nothing), with what the page
 * renders of the results touched. The target is at most 12 per page, whatever the data.
 */
@ExtendWith(ArquillianExtension.class)
class FirstViewStatementsIT {

    /** The dashboard's task table page and the parts' sizes, as the page asks for them. */
    private static final int TASK_PAGE = 25;

    private static final int FEED_SHOWN = 20;
    private static final int WINS_SHOWN = 12;
    private static final int TREND_DAYS = 90;
    private static final int SPONSOR_PAGE = 20;
    private static final int MOST = 12;

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    CoalitionService coalitions;

    @EJB
    MilestoneService milestones;

    @EJB
    DashboardService dashboards;

    @EJB
    HealthService health;

    @EJB
    FeedService feed;

    @EJB
    StakeholderService stakeholders;

    @EJB
    DifferenceService differences;

    @EJB
    SponsorService sponsor;

    @EJB
    SqlCounter sql;

    @EJB
    TestData data;

    @EJB
    AsBob bob;

    @EJB
    AsDana dana;

    /** A coalition of bob's with people, stakeholders, milestones, tasks, a disagreement and wins. */
    private long busyCoalition(String sponsorUsername, int stakeholderCount) {
        long id = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "First view " + UUID.randomUUID().toString().substring(0, 8),
                        "Work across teams",
                        LocalDate.now().plusMonths(3))))
                .getId();
        data.grant(id, "erin", CoalitionRole.MEMBER);
        data.grant(id, sponsorUsername, CoalitionRole.SPONSOR);
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < stakeholderCount; i++) {
            Stance stance = Stance.values()[i % Stance.values().length];
            people.add(bob.call(() -> stakeholders.add(
                            id, stakeholder("Person " + UUID.randomUUID(), 1 + people.size() % 5, stance)))
                    .getId());
        }
        for (int i = 0; i < 3; i++) {
            int n = i;
            Milestone m = bob.call(() -> milestones.propose(
                    id,
                    new MilestoneDraft("Milestone " + n, null, LocalDate.now().plusWeeks(n + 1))));
            for (int t = 0; t < 3; t++) {
                Task task = bob.call(
                        () -> milestones.addTask(id, m.getId(), "Task " + n, n % 2 == 0 ? "bob" : "erin", null));
                if (t == 0 && n % 2 == 0) {
                    bob.call(() -> milestones.updateTask(task.getId(), task.getVersion(), TaskStatus.DONE, "Done"));
                }
            }
        }
        bob.call(() -> differences.open(id, new DifferenceDraft("Who pays", "Budget split", List.of())));
        bob.call(() -> feed.postUpdate(id, "Under way"));
        bob.call(() -> feed.recognize(id, "Erin", "Survey done"));
        return id;
    }

    private static StakeholderDraft stakeholder(String name, int influence, Stance stance) {
        StakeholderDraft d = new StakeholderDraft();
        d.setName(name);
        d.setTitle("Manager");
        d.setLevel(Level.MANAGER);
        d.setDepartment("Finance");
        d.setInfluence(influence);
        d.setInterest(3);
        d.setResources(EnumSet.of(Resource.BUDGET));
        d.setStance(stance);
        return d;
    }

    /** The dashboard's first view as bob (a member): what its page bean loads and its shared parts read. */
    private int dashboardFirstView(long id) {
        return sql.statementsOfCalls(() -> {
            // CoalitionDashboardView.load: the coalition's heading, its milestones and next sync
            var first = bob.call(() -> dashboards.firstView(id));
            var overview = first.coalition();
            var list = first.milestones();
            var next = first.nextSync();
            // the shared parts' keys (FragmentKeys) and the parts (DashboardParts)
            bob.call(() -> coalitions.grant(id));
            var assessment = bob.call(() -> health.assess(id));
            var trend = bob.call(() -> health.trend(id, TREND_DAYS));
            // the lazy task table: its count and first page
            long count = bob.call(() -> milestones.countTasks(id));
            List<Task> tasks = bob.call(() -> milestones.tasksMineFirst(id, 0, TASK_PAGE));
            var wins = bob.call(() -> feed.wins(id, WINS_SHOWN));
            var posts = bob.call(() -> feed.latest(id, FEED_SHOWN));
            // what the page renders of them
            StringBuilder page = new StringBuilder();
            page.append(overview.coalition().getName())
                    .append(overview.people().size())
                    .append(next.start());
            list.forEach(ms ->
                    page.append(ms.milestone().getTitle()).append(ms.progress().percentDone()));
            page.append(assessment.score())
                    .append(assessment.findings().size())
                    .append(trend.size())
                    .append(count);
            tasks.forEach(t -> page.append(t.getTitle())
                    .append(t.getAssignee().getDisplayName())
                    .append(t.getMilestone() == null ? "" : t.getMilestone().getTitle()));
            wins.forEach(p -> page.append(p.getText()));
            posts.forEach(p -> page.append(p.getText()));
            return page;
        });
    }

    /** The sponsor page's first view as dana: its one service call and what the page renders of it. */
    private int sponsorFirstView() {
        return sql.statementsOfCalls(() -> dana.call(() -> {
            SponsorOverview overview = sponsor.overview(0, SPONSOR_PAGE);
            StringBuilder page = new StringBuilder();
            overview.coalitions()
                    .forEach(c -> page.append(c.name())
                            .append(c.health().score())
                            .append(c.health().findings().size())
                            .append(c.progress().percentDone())
                            .append(c.healthTrend())
                            .append(c.recentWins().size()));
            overview.awaitingDecision()
                    .forEach(m ->
                            page.append(m.getTitle()).append(m.getCoalition().getName()));
            return page;
        }));
    }

    @Test
    void should_show_a_dashboard_first_view_in_at_most_twelve_statements_whatever_its_size() {
        long small = busyCoalition("alice", 3);
        int forSmall = dashboardFirstView(small);
        long large = busyCoalition("alice", 30);
        int forLarge = dashboardFirstView(large);

        assertEquals(forSmall, forLarge, "the statements must not grow with the coalition");
        assertTrue(forLarge <= MOST, "a dashboard's first view took " + forLarge + " statements");
    }

    @Test
    void should_show_the_sponsor_view_first_in_at_most_twelve_statements_whatever_the_coalitions_sponsored() {
        // dana may sponsor coalitions of other tests: a first view after a change reads them all afresh
        busyCoalition("dana", 3);
        int withOne = sponsorFirstView();
        for (int i = 0; i < 3; i++) {
            busyCoalition("dana", 3);
        }
        int withMore = sponsorFirstView();

        assertEquals(withOne, withMore, "the statements must not grow with the coalitions sponsored");
        assertTrue(withMore <= MOST, "the sponsor view's first view took " + withMore + " statements");
    }
}
