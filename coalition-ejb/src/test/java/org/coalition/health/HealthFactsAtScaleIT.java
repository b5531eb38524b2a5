package org.coalition.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.difference.DifferenceDraft;
import org.coalition.difference.DifferenceService;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.stakeholder.StanceChange;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.SqlCounter;
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The health facts counted by the database, at the size of the benchmark's largest coalition: the same
 * assessment as the rules give from every row, a few records behind each finding (what is cached does not grow
 * with the stakeholders), and as many statements as for a coalition of three.
 */
@ExtendWith(ArquillianExtension.class)
class HealthFactsAtScaleIT {

    private static final int LARGE = 500;

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
    DifferenceService differences;

    @EJB
    SqlCounter sql;

    @EJB
    TestData data;

    @EJB
    AsBob bob;

    private long coalition(int size) {
        long c = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Scale " + UUID.randomUUID().toString().substring(0, 8),
                        "Hold at scale",
                        LocalDate.now().plusMonths(3))))
                .getId();
        data.grant(c, "erin", CoalitionRole.MEMBER);
        data.grant(c, "carol", CoalitionRole.OBSERVER);
        bob.run(() -> {
            for (int i = 0; i < size; i++) {
                stakeholders.add(c, draft("Stakeholder " + i, 1 + i % 5, Stance.values()[i % Stance.values().length]));
            }
        });
        return c;
    }

    /**
     * Conversations at every distance from the verification window, falls in stance (some talked about since,
     * some not), stale and fresh disagreements: every count the rules use is well above the sample.
     */
    private void vary(long c) {
        LocalDate today = LocalDate.now();
        data.with(em -> {
            List<Stakeholder> all = em.createQuery(
                            "SELECT s FROM Stakeholder s WHERE s.coalition.id = :c ORDER BY s.id", Stakeholder.class)
                    .setParameter("c", c)
                    .getResultList();
            for (int i = 0; i < all.size(); i++) {
                Stakeholder s = all.get(i);
                if (i % 3 == 0) {
                    em.createQuery("UPDATE Stakeholder s SET s.lastConversationOn = :d WHERE s.id = :id")
                            .setParameter("d", today.minusDays(i % 120))
                            .setParameter("id", s.getId())
                            .executeUpdate();
                }
                if (i % 4 == 1 && s.getStance() != Stance.CHAMPION) {
                    // fell from a better stance some days ago (a tenth of them on the day of their last conversation)
                    Instant when = today.minusDays(i % 40)
                            .atStartOfDay(java.time.ZoneId.systemDefault())
                            .plusHours(9)
                            .toInstant();
                    em.persist(new StanceChange(s, Stance.CHAMPION, s.getStance(), when, "bob", "Scale test"));
                }
            }
            // decisions awaited, more than the sample assuming alignment: each names three approvers (some verified,
            // some not), a few name only verified ones, and decided ones do not count
            org.coalition.coalition.Coalition coalition = em.find(org.coalition.coalition.Coalition.class, c);
            for (int m = 0; m < 20; m++) {
                org.coalition.milestone.Milestone milestone = new org.coalition.milestone.Milestone(
                        coalition, "Decision " + m, null, today.plusDays(m + 1), "bob");
                em.persist(milestone);
                if (m % 5 == 4) {
                    milestone.decide(true, "alice", Instant.now(), "Go");
                }
                for (int k = 0; k < 3; k++) {
                    // every third stakeholder had a conversation (i % 3 == 0), a tenth of them outside the window
                    int i = m % 4 == 3 ? 3 * (m * 3 + k) : m * 7 + k * 5 + 1;
                    em.persist(new org.coalition.network.MilestoneDecider(milestone, all.get(i % all.size())));
                }
            }
            return null;
        });
        for (int i = 0; i < 30; i++) {
            int n = i;
            long d = bob.call(() -> differences.open(c, new DifferenceDraft("Topic " + n, null, List.of())))
                    .getId();
            if (i % 2 == 0) {
                data.update(
                        "UPDATE Difference d SET d.lastActivityAt = :at WHERE d.id = :id",
                        Map.of("at", Instant.now().minus(n + 1, ChronoUnit.DAYS), "id", d));
            }
        }
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
    void should_count_the_same_assessment_as_the_rows_give_with_few_records_and_statements_at_the_largest_size() {
        long small = coalition(3);
        long large = coalition(LARGE);
        vary(large);

        int forSmall = bob.call(() -> sql.statementsOf(() -> health.assess(small)));
        HealthAssessment[] counted = new HealthAssessment[1];
        int forLarge = bob.call(() -> sql.statementsOf(() -> counted[0] = health.assess(large)));
        CoalitionFacts rows = data.with(em -> new FactsQuery(em).read(large));
        HealthAssessment fromRows = new HealthRules(bob.call(() -> health.thresholds())).assess(rows, LocalDate.now());

        assertEquals(fromRows.score(), counted[0].score(), "the score");
        assertEquals(fromRows.areaScores(), counted[0].areaScores(), "each area's score");
        assertEquals(
                fromRows.findings(),
                counted[0].findings(),
                "the findings, their counts and the first records behind them");
        assertTrue(counted[0].findings().size() >= 4, counted[0].findings().toString());
        for (Finding finding : counted[0].findings()) {
            assertTrue(
                    finding.evidence().size() <= HealthFacts.SAMPLE,
                    finding.pitfall() + ": " + finding.evidence().size() + " records kept");
        }
        assertTrue(
                counted[0].findings().stream().anyMatch(f -> f.evidenceCount() > 100),
                "many records counted, few kept");
        long decisions = counted[0].findings().stream()
                .filter(f -> f.problem().key().equals("said.health.decisionAssumedProblem"))
                .count();
        assertEquals(HealthFacts.SAMPLE, decisions, "the first ten decisions assuming alignment");
        assertEquals(forSmall, forLarge, "statements must not grow with the stakeholders");
        assertTrue(
                forLarge <= 4,
                forLarge + " statements: the access check, the counts, the members, the records behind them");
    }
}
