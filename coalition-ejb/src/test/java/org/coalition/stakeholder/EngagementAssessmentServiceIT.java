package org.coalition.stakeholder;

import static org.coalition.stakeholder.Engagement.LEADING;
import static org.coalition.stakeholder.Engagement.NEUTRAL;
import static org.coalition.stakeholder.Engagement.RESISTANT;
import static org.coalition.stakeholder.Engagement.SUPPORTIVE;
import static org.coalition.stakeholder.Engagement.UNAWARE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.coalition.access.AccessDeniedException;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.engagement.ConversationDraft;
import org.coalition.engagement.EngagementService;
import org.coalition.health.CoalitionFacts;
import org.coalition.health.FactsQuery;
import org.coalition.health.Finding;
import org.coalition.health.HealthAssessment;
import org.coalition.health.HealthRules;
import org.coalition.health.HealthService;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.NotFoundException;
import org.coalition.playbook.PlaybookPage;
import org.coalition.playbook.PlaybookService;
import org.coalition.rhythm.FeedService;
import org.coalition.shared.Said;
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

@ExtendWith(ArquillianExtension.class)
class EngagementAssessmentServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    EngagementAssessmentService assessments;

    @EJB
    CoalitionService coalitions;

    @EJB
    StakeholderService stakeholders;

    @EJB
    EngagementService conversations;

    @EJB
    FeedService feed;

    @EJB
    HealthService health;

    @EJB
    PlaybookService playbook;

    @EJB
    SqlCounter sql;

    @EJB
    TestData data;

    @EJB
    AsAlice alice;

    @EJB
    AsBob bob;

    @EJB
    AsCarol carol;

    @EJB
    AsErin erin;

    /** A coalition of bob's (member); with {@code others}, alice as sponsor and carol as observer. erin is in none of it. */
    private long coalition(boolean others) {
        data.person("bob", "Engineering", false);
        data.person("alice", "Operations", true);
        data.person("carol", "Sales", false);
        data.person("erin", "Finance", false);
        long c = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Engagement " + UUID.randomUUID().toString().substring(0, 8),
                        "Close the gaps",
                        LocalDate.now().plusMonths(2))))
                .getId();
        if (others) {
            data.grant(c, "alice", CoalitionRole.SPONSOR);
            data.grant(c, "carol", CoalitionRole.OBSERVER);
        }
        return c;
    }

    private static StakeholderDraft draft(String name, int influence) {
        StakeholderDraft d = new StakeholderDraft();
        d.setName(name);
        d.setLevel(Level.DIRECTOR);
        d.setDepartment("Finance");
        d.setInfluence(influence);
        d.setInterest(3);
        d.setResources(EnumSet.of(Resource.BUDGET));
        d.setStance(Stance.NEUTRAL);
        return d;
    }

    private long stakeholder(long c, String name, int influence) {
        return bob.call(() -> stakeholders.add(c, draft(name, influence))).getId();
    }

    private long version(long stakeholderId) {
        return data.with(em -> em.find(Stakeholder.class, stakeholderId).getVersion());
    }

    private Stakeholder assess(AsBob who, long stakeholderId, Engagement current, Engagement desired) {
        return who.call(() -> assessments.assess(stakeholderId, version(stakeholderId), current, desired));
    }

    @Test
    void should_keep_both_levels_with_their_history_and_rank_the_gaps_by_gap_times_influence() {
        long c = coalition(true);
        long dora = stakeholder(c, "Dora Director", 5); // resistant -> supportive: 2 x 5 = 10
        long carl = stakeholder(c, "Carl Clerk", 1); // unaware -> leading: 4 x 1 = 4
        long mia = stakeholder(c, "Mia Manager", 3); // neutral -> supportive: 1 x 3 = 3
        long lea = stakeholder(c, "Lea Leader", 4); // leading -> supportive: more than needed, not ranked
        long una = stakeholder(c, "Una Unrated", 5); // desired only: not ranked
        long ann = stakeholder(c, "Ann Analyst", 2); // unaware -> supportive: 3 x 2 = 6
        long bea = stakeholder(c, "Bea Boss", 2); // unaware -> supportive: 6 again, by name: Ann before Bea
        assess(bob, dora, NEUTRAL, SUPPORTIVE);
        Stakeholder saved = assess(bob, dora, RESISTANT, SUPPORTIVE);
        assertEquals(RESISTANT, saved.getEngagementCurrent());
        assertEquals(2, saved.engagementGap());
        assess(bob, carl, UNAWARE, LEADING);
        assess(bob, mia, NEUTRAL, SUPPORTIVE);
        assess(bob, lea, LEADING, SUPPORTIVE);
        assess(bob, una, null, SUPPORTIVE);
        assess(bob, ann, UNAWARE, SUPPORTIVE);
        alice.call(() -> assessments.assess(bea, version(bea), UNAWARE, SUPPORTIVE));

        List<EngagementGap> gaps = bob.call(() -> assessments.gaps(c, 0, 10));
        assertEquals(
                List.of("Dora Director", "Ann Analyst", "Bea Boss", "Carl Clerk", "Mia Manager"),
                gaps.stream().map(EngagementGap::name).toList());
        assertEquals(
                List.of(10, 6, 6, 4, 3),
                gaps.stream().map(EngagementGap::weight).toList());
        List<EngagementGap> reversed = new ArrayList<>(gaps);
        java.util.Collections.reverse(reversed);
        assertEquals(EngagementGap.rank(reversed), gaps, "the database orders as the model's rule");
        assertEquals(5, bob.call(() -> assessments.countGaps(c)));
        assertEquals(
                List.of("Ann Analyst", "Bea Boss"),
                bob.call(() -> assessments.gaps(c, 1, 2)).stream()
                        .map(EngagementGap::name)
                        .toList(),
                "paged in the database");

        List<EngagementRow> matrix = bob.call(() -> assessments.matrix(c, 0, 10));
        assertEquals(
                List.of(
                        "Dora Director",
                        "Una Unrated",
                        "Lea Leader",
                        "Mia Manager",
                        "Ann Analyst",
                        "Bea Boss",
                        "Carl Clerk"),
                matrix.stream().map(EngagementRow::name).toList(),
                "the most influential first, then by name");
        assertEquals("C", matrix.get(0).mark(RESISTANT));
        assertEquals("D", matrix.get(0).mark(SUPPORTIVE));
        assertEquals("D", matrix.get(1).mark(SUPPORTIVE));
        assertNull(matrix.get(1).gap());
        assertEquals(7, bob.call(() -> assessments.countMatrix(c)));

        List<EngagementChangeRow> history = bob.call(() -> assessments.history(c, dora, 0, 10));
        assertEquals(2, history.size());
        assertEquals(NEUTRAL, history.get(0).fromCurrent(), "the newest first");
        assertEquals(RESISTANT, history.get(0).toCurrent());
        assertNull(history.get(1).fromCurrent(), "first rated");
        String bobsName = data.with(
                em -> em.createQuery("SELECT p.displayName FROM Person p WHERE p.username = 'bob'", String.class)
                        .getSingleResult());
        assertEquals(bobsName, history.get(0).changedBy(), "who changed it");
        assertEquals(8, bob.call(() -> assessments.countHistory(c, null)));
        assess(bob, dora, RESISTANT, SUPPORTIVE);
        assertEquals(2, bob.call(() -> assessments.countHistory(c, dora)), "the same levels again are no change");

        var api = carol.call(() -> assessments.ofStakeholder(dora, 1));
        assertEquals(RESISTANT, api.row().current());
        assertEquals(1, api.history().size());
    }

    @Test
    void should_let_sponsors_and_members_rate_observers_read_and_outsiders_nothing() {
        long c = coalition(true);
        long dora = stakeholder(c, "Dora Director", 5);
        assess(bob, dora, RESISTANT, SUPPORTIVE);
        alice.call(() -> assessments.assess(dora, version(dora), NEUTRAL, SUPPORTIVE));

        assertEquals(1, carol.call(() -> assessments.gaps(c, 0, 10)).size(), "observers read the gaps");
        assertEquals(1, carol.call(() -> assessments.matrix(c, 0, 10)).size());
        assertEquals(2, carol.call(() -> assessments.history(c, null, 0, 10)).size());
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> assessments.assess(dora, version(dora), LEADING, LEADING)));
        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> assessments.assess(dora, version(dora), LEADING, LEADING)));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> assessments.gaps(c, 0, 10)));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> assessments.matrix(c, 0, 10)));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> assessments.history(c, null, 0, 10)));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> assessments.ofStakeholder(dora, 5)));
        assertThrows(NotFoundException.class, () -> bob.call(() -> assessments.assess(-1, 0, LEADING, LEADING)));
        long stale = version(dora) - 1;
        assertThrows(
                ConcurrentEditException.class, () -> bob.call(() -> assessments.assess(dora, stale, LEADING, LEADING)));
        assertEquals(
                NEUTRAL,
                bob.call(() -> assessments.ofStakeholder(dora, 0)).row().current(),
                "nothing refused was kept");
    }

    @Test
    void should_page_the_gaps_and_the_matrix_of_500_stakeholders_in_as_many_statements_as_of_two() {
        long small = coalition(false);
        assess(bob, stakeholder(small, "One", 3), UNAWARE, SUPPORTIVE);
        assess(bob, stakeholder(small, "Two", 4), NEUTRAL, SUPPORTIVE);
        long large = coalition(false);
        data.with(em -> {
            Coalition coalition = em.find(Coalition.class, large);
            Engagement[] levels = Engagement.values();
            for (int i = 0; i < 500; i++) {
                Stakeholder s = new Stakeholder(coalition, draft("Person " + i, 1 + i % 5), null, LocalDate.now());
                s.assessEngagement(i % 7 == 0 ? null : levels[i % 5], levels[(i * 3) % 5]);
                em.persist(s);
            }
            return null;
        });
        int[] smallCounts = statements(small);
        int[] largeCounts = statements(large);
        for (int i = 0; i < smallCounts.length; i++) {
            assertEquals(smallCounts[i], largeCounts[i], "read " + i + " costs the same for 500 stakeholders as for 2");
            assertTrue(
                    largeCounts[i] <= 2,
                    "read " + i + ": " + largeCounts[i] + " statements (the access check and one read)");
        }
        // the database's order is the model's rule over all the rows
        List<EngagementGap> all = new ArrayList<>();
        long total = bob.call(() -> assessments.countGaps(large));
        for (int first = 0; first < total; first += 100) {
            int from = first;
            all.addAll(bob.call(() -> assessments.gaps(large, from, 100)));
        }
        assertEquals(total, all.size());
        assertEquals(EngagementGap.rank(all), all);
        assertTrue(total > 100, total + " gaps");
    }

    private int[] statements(long c) {
        return new int[] {
            bob.call(() -> sql.statementsOf(() -> assessments.gaps(c, 0, 10))),
            bob.call(() -> sql.statementsOf(() -> assessments.countGaps(c))),
            bob.call(() -> sql.statementsOf(() -> assessments.matrix(c, 0, 25))),
            bob.call(() -> sql.statementsOf(() -> assessments.countMatrix(c)))
        };
    }

    @Test
    void should_flag_a_needed_level_without_the_current_one_and_send_the_next_one_on_one_to_the_widest_key_gap() {
        long c = coalition(false);
        long dora = stakeholder(c, "Dora Director", 5);
        long kai = stakeholder(c, "Kai Key", 4);
        long low = stakeholder(c, "Lou Low", 2);
        for (long key : List.of(dora, kai)) {
            ConversationDraft talk = new ConversationDraft();
            talk.setNotes("What does your team struggle with?");
            bob.call(() -> conversations.log(key, talk));
        }
        bob.call(() -> feed.postUpdate(c, "Under way"));
        assess(bob, dora, null, SUPPORTIVE);
        assess(bob, low, null, LEADING);

        HealthAssessment assessment = bob.call(() -> health.assess(c));
        List<Finding> unknown = assessment.findings().stream()
                .filter(f -> f.problem().key().equals("said.health.engagementUnknownProblem"))
                .toList();
        assertEquals(1, unknown.size(), assessment.findings().toString());
        assertEquals(
                List.of(1, 2), unknown.get(0).problem().arguments(), "one of two key stakeholders; Lou is not key");
        assertEquals(dora, unknown.get(0).evidence().get(0).id());
        CoalitionFacts rows = data.with(em -> new FactsQuery(em).read(c));
        HealthAssessment fromRows = new HealthRules(bob.call(() -> health.thresholds())).assess(rows, LocalDate.now());
        assertEquals(fromRows.findings(), assessment.findings(), "the database's counts as the rows give them");
        assertEquals(
                PlaybookPage.STAKEHOLDERS,
                bob.call(() -> playbook.playbook(c)).nextStep().page(),
                "the finding comes first");

        assess(bob, dora, RESISTANT, SUPPORTIVE);
        assess(bob, kai, NEUTRAL, SUPPORTIVE);
        assess(bob, low, UNAWARE, LEADING); // the widest gap, but not key
        assertTrue(
                bob.call(() -> health.assess(c)).findings().isEmpty(),
                bob.call(() -> health.assess(c)).findings().toString());
        var next = bob.call(() -> playbook.playbook(c)).nextStep();
        assertEquals(Said.of("said.nextStepEngagementGap", "Dora Director", RESISTANT, SUPPORTIVE), next.text());
        assertEquals(PlaybookPage.ENGAGEMENT, next.page());
    }
}
