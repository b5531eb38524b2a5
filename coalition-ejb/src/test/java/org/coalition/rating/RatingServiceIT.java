package org.coalition.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.coalition.access.AccessDeniedException;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.engagement.ConversationDraft;
import org.coalition.engagement.EngagementService;
import org.coalition.platform.BusinessException;
import org.coalition.shared.Refusal;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.testsupport.AsAlice;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.AsCarol;
import org.coalition.testsupport.AsDana;
import org.coalition.testsupport.AsErin;
import org.coalition.testsupport.Caller;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.SqlCounter;
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Blind rating rounds through the service, with real callers: blindness per role before and after the close, the
 * close by itself, refusals, two raters at once, statements that do not grow, and the health advisor's hook.
 */
@ExtendWith(ArquillianExtension.class)
class RatingServiceIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    RatingService ratings;

    @EJB
    org.coalition.health.HealthService health;

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
    AsAlice alice;

    @EJB
    AsBob bob;

    @EJB
    AsCarol carol;

    @EJB
    AsDana dana;

    @EJB
    AsErin erin;

    @Resource
    ManagedExecutorService executor;

    /** bob's coalition (member), alice sponsoring, erin a member, carol observing: three raters. */
    private long coalition() {
        data.person("bob", "Engineering", false);
        data.person("alice", "Operations", true);
        data.person("carol", "Sales", false);
        data.person("erin", "Finance", false);
        long c = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Ratings " + UUID.randomUUID().toString().substring(0, 8),
                        "Know where they stand",
                        LocalDate.now().plusMonths(2))))
                .getId();
        data.grant(c, "alice", CoalitionRole.SPONSOR);
        data.grant(c, "erin", CoalitionRole.MEMBER);
        data.grant(c, "carol", CoalitionRole.OBSERVER);
        return c;
    }

    private long stakeholder(long c, String name, Stance stance) {
        StakeholderDraft d = new StakeholderDraft();
        d.setName(name);
        d.setLevel(Level.DIRECTOR);
        d.setDepartment("Finance");
        d.setInfluence(5);
        d.setInterest(3);
        d.setResources(EnumSet.of(org.coalition.stakeholder.Resource.BUDGET));
        d.setStance(stance);
        return bob.call(() -> stakeholders.add(c, d)).getId();
    }

    private static Map<Long, Stance> sheet(Object... idsAndStances) {
        Map<Long, Stance> sheet = new LinkedHashMap<>();
        for (int i = 0; i < idsAndStances.length; i += 2) {
            sheet.put((Long) idsAndStances[i], (Stance) idsAndStances[i + 1]);
        }
        return sheet;
    }

    private static RatingSheet.Line line(RatingSheet sheet, long stakeholderId) {
        return sheet.lines().stream()
                .filter(l -> l.stakeholderId() == stakeholderId)
                .findFirst()
                .orElseThrow();
    }

    private static Refusal refusal(Runnable call) {
        return assertThrows(BusinessException.class, call::run).refusal();
    }

    @Test
    void should_keep_ratings_blind_until_everyone_rated_then_close_by_itself_and_show_raters_only_to_members() {
        long c = coalition();
        long clara = stakeholder(c, "Clara CFO", Stance.SUPPORTER);
        long dora = stakeholder(c, "Dora Director", Stance.NEUTRAL);
        long round = bob.call(() -> ratings.open(c, List.of(clara, dora))).getId();

        bob.call(() -> ratings.rate(round, sheet(clara, Stance.SUPPORTER, dora, Stance.NEUTRAL)));
        RatingRound afterAlice =
                alice.call(() -> ratings.rate(round, sheet(clara, Stance.SKEPTIC, dora, Stance.NEUTRAL)));
        assertTrue(afterAlice.isOpen(), "erin has not rated yet");

        RatingSheet bobs = bob.call(() -> ratings.sheet(round));
        assertTrue(bobs.round().open());
        assertEquals(2, bobs.round().ratersRated(), "how many rated");
        assertEquals(4, bobs.round().ratings());
        assertEquals(3, bobs.round().raterCount());
        assertEquals(Stance.SUPPORTER, line(bobs, clara).yours(), "his own rating");
        assertNull(line(bobs, clara).outcome(), "no outcome while open");
        assertEquals(List.of(), line(bobs, clara).ratings(), "nothing of alice's");
        assertFalse(bobs.attributed());
        assertTrue(bobs.mayRate(), "a rater of an open round");
        assertTrue(bobs.ratedAll(), "and he has rated both");
        RatingSheet erins = erin.call(() -> ratings.sheet(round));
        assertTrue(erins.mayRate());
        assertNull(line(erins, clara).yours(), "erin sees no one's rating, not even alice's");
        assertFalse(erin.call(() -> ratings.sheet(round)).mayClose(), "only the opener or a sponsor closes");
        assertTrue(alice.call(() -> ratings.sheet(round)).mayClose(), "a sponsor closes anyone's round");
        RatingSheet carols = carol.call(() -> ratings.sheet(round));
        assertFalse(carols.mayRate(), "observers do not rate");
        assertNull(line(carols, clara).yours());
        assertEquals(Refusal.RATINGS_HIDDEN_UNTIL_CLOSE, refusal(() -> bob.call(() -> ratings.ratings(round))));
        assertEquals(List.of(), bob.call(() -> ratings.closedRatings(c, 0, 100)), "the export leaves open rounds out");

        RatingRound afterErin =
                erin.call(() -> ratings.rate(round, sheet(clara, Stance.SUPPORTER, dora, Stance.NEUTRAL)));
        assertFalse(afterErin.isOpen(), "the last rating closes the round");
        assertNull(afterErin.getClosedBy(), "closed by itself");

        RatingSheet closed = bob.call(() -> ratings.sheet(round));
        assertTrue(closed.attributed());
        assertTrue(line(closed, clara).flagged(), "supporter to skeptic: a spread of two");
        assertEquals(2, line(closed, clara).outcome().spread());
        assertEquals(Stance.SUPPORTER, line(closed, clara).outcome().consensus());
        assertFalse(line(closed, dora).flagged(), "everyone agrees with the register");
        assertEquals(
                List.of("Alice:SKEPTIC", "Bob:SUPPORTER", "Erin:SUPPORTER"),
                line(closed, clara).ratings().stream()
                        .map(a -> a.raterUsername().substring(0, 1).toUpperCase()
                                + a.raterUsername().substring(1) + ":" + a.stance())
                        .toList(),
                "attributable after the close");
        assertEquals(1, closed.round().flagged());
        assertEquals(3, bob.call(() -> ratings.ratings(round)).get(0).ratings().size());

        for (Caller outcomeOnly : List.<Caller>of(carol, dana)) {
            RatingSheet sheet = outcomeOnly.call(() -> ratings.sheet(round));
            assertFalse(sheet.attributed());
            assertTrue(line(sheet, clara).flagged(), "observers and administrators see the outcome");
            assertTrue(sheet.lines().stream().allMatch(l -> l.ratings().isEmpty()), "and no names");
            assertTrue(outcomeOnly.call(() -> ratings.closedRatings(c, 0, 100)).stream()
                    .allMatch(r -> r.raterName() == null));
        }
        assertThrows(AccessDeniedException.class, () -> carol.call(() -> ratings.ratings(round)));
        List<RatingExportRow> exported = bob.call(() -> ratings.closedRatings(c, 0, 100));
        assertEquals(6, exported.size(), "one row per rating for members");
        assertTrue(exported.stream()
                .anyMatch(r -> "SKEPTIC".equals(String.valueOf(r.stance()))
                        && r.outcome().flagged()));
        assertEquals(
                2, carol.call(() -> ratings.closedRatings(c, 0, 100)).size(), "one row per stakeholder for observers");

        assertEquals(
                Refusal.RATING_ROUND_CLOSED,
                refusal(() -> bob.call(() -> ratings.rate(round, sheet(clara, Stance.CHAMPION)))));
        assertEquals(
                List.of(round),
                bob.call(() -> ratings.list(c, clara, 0, 10)).stream()
                        .map(RatingRoundRow::id)
                        .toList());
        assertEquals(1, bob.call(() -> ratings.count(c, null)));
    }

    @Test
    void should_refuse_rating_twice_out_of_the_round_by_observers_latecomers_and_outsiders_and_closing_by_others() {
        long c = coalition();
        long clara = stakeholder(c, "Clara CFO", Stance.SUPPORTER);
        long dora = stakeholder(c, "Dora Director", Stance.NEUTRAL);
        assertEquals(Refusal.RATING_ROUND_EMPTY, refusal(() -> bob.call(() -> ratings.open(c, List.of()))));
        long other = coalition();
        long olga = stakeholder(other, "Olga Other", Stance.NEUTRAL);
        assertEquals(
                Refusal.RATING_ROUND_OTHER_COALITION,
                refusal(() -> bob.call(() -> ratings.open(c, List.of(clara, olga)))));
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> ratings.open(c, List.of(clara))),
                "observers do not open");

        long round = erin.call(() -> ratings.open(c, List.of(clara))).getId();
        bob.call(() -> ratings.rate(round, sheet(clara, Stance.SUPPORTER)));
        assertEquals(
                Refusal.RATING_ALREADY_GIVEN,
                refusal(() -> bob.call(() -> ratings.rate(round, sheet(clara, Stance.CHAMPION)))));
        assertEquals(
                Refusal.RATING_NOT_IN_ROUND,
                refusal(() -> alice.call(() -> ratings.rate(round, sheet(dora, Stance.CHAMPION)))));
        assertEquals(
                Refusal.RATING_NONE_GIVEN, refusal(() -> alice.call(() -> ratings.rate(round, sheet(clara, null)))));
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> ratings.rate(round, sheet(clara, Stance.CHAMPION))));
        // erin has no role in bob's new coalition; she joins after its round opened: the round asks only those who were
        // there
        long late = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Late " + UUID.randomUUID().toString().substring(0, 8),
                        "Latecomers",
                        LocalDate.now().plusMonths(2))))
                .getId();
        long lena = stakeholder(late, "Lena Late", Stance.NEUTRAL);
        long lateRound = bob.call(() -> ratings.open(late, List.of(lena))).getId();
        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> ratings.list(late, null, 0, 10)),
                "erin has no role there");
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> ratings.sheet(lateRound)));
        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> ratings.rate(lateRound, sheet(lena, Stance.NEUTRAL))));
        data.grant(late, "erin", CoalitionRole.MEMBER);
        assertEquals(
                Refusal.RATING_NOT_RATER,
                refusal(() -> erin.call(() -> ratings.rate(lateRound, sheet(lena, Stance.NEUTRAL)))));
        assertFalse(erin.call(() -> ratings.sheet(lateRound)).mayRate());

        assertEquals(Refusal.ONLY_OPENER_CLOSES_ROUND, refusal(() -> bob.call(() -> ratings.close(round))));
        RatingRound closed = alice.call(() -> ratings.close(round));
        assertEquals("alice", closed.getClosedBy(), "a sponsor closes it early");
        assertEquals(Refusal.RATING_ROUND_CLOSED, refusal(() -> erin.call(() -> ratings.close(round))));
        RatingSheet sheet = bob.call(() -> ratings.sheet(round));
        assertEquals(1, line(sheet, clara).outcome().ratings(), "one rating when it closed");
        assertFalse(line(sheet, clara).flagged(), "it agrees with the register");
        assertEquals(
                List.of("rating.opened", "rating.rated", "rating.closed"),
                data.with(em -> em.createQuery(
                                "SELECT a.action FROM AuditEntry a WHERE a.coalitionId = :c AND a.subjectId = :r"
                                        + " ORDER BY a.at, a.id",
                                String.class)
                        .setParameter("c", c)
                        .setParameter("r", round)
                        .getResultList()));
    }

    /** Which submission comes last differs from run to run: each repetition is a new round rated by four threads at once. */
    @RepeatedTest(10)
    void should_count_every_rating_when_the_three_raters_rate_at_once_and_close_the_round_exactly_once()
            throws Exception {
        long c = coalition();
        long clara = stakeholder(c, "Clara CFO", Stance.SUPPORTER);
        long dora = stakeholder(c, "Dora Director", Stance.NEUTRAL);
        long round = bob.call(() -> ratings.open(c, List.of(clara, dora))).getId();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        Map<Caller, Stance> raters = Map.of(bob, Stance.CHAMPION, alice, Stance.SUPPORTER, erin, Stance.SKEPTIC);
        raters.forEach((rater, stance) -> outcomes.add(executor.submit(() -> {
            start.await();
            return rater.call(() -> ratings.rate(round, sheet(clara, stance, dora, Stance.NEUTRAL)))
                            .isOpen()
                    ? "rated"
                    : "closed";
        })));
        // a second submission of erin's sheet at the same moment: one of the two counts
        Future<String> twice = executor.submit(() -> {
            start.await();
            try {
                // either of erin's two may be the last rating: the one that counts may be the one that closes
                return erin.call(() -> ratings.rate(round, sheet(clara, Stance.SKEPTIC, dora, Stance.NEUTRAL)))
                                .isOpen()
                        ? "rated"
                        : "closed";
            } catch (BusinessException | jakarta.ejb.EJBException e) {
                return "refused";
            }
        });
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            try {
                results.add(outcome.get());
            } catch (java.util.concurrent.ExecutionException e) {
                results.add("refused");
            }
        }
        results.add(twice.get());
        assertEquals(1, results.stream().filter("closed"::equals).count(), "exactly one rating closed it: " + results);
        assertEquals(
                1, results.stream().filter("refused"::equals).count(), "erin's second sheet was refused: " + results);
        RatingSheet sheet = bob.call(() -> ratings.sheet(round));
        assertFalse(sheet.round().open());
        assertEquals(6, sheet.round().ratings(), "every rater's ratings counted, once");
        assertTrue(line(sheet, clara).flagged(), "champion to skeptic");
        assertEquals(3, line(sheet, clara).outcome().spread());
        long completed = data.with(em -> em.createQuery(
                        "SELECT COUNT(a) FROM AuditEntry a WHERE a.subjectId = :r"
                                + " AND a.action = 'rating.completed'",
                        Long.class)
                .setParameter("r", round)
                .getSingleResult());
        assertEquals(1, completed, "closed once");
    }

    @Test
    void should_read_a_round_and_a_page_of_rounds_in_the_same_statements_whatever_their_size() {
        long small = coalition();
        List<Long> few =
                List.of(stakeholder(small, "Clara CFO", Stance.SUPPORTER), stakeholder(small, "Dora", Stance.NEUTRAL));
        long smallRound = bob.call(() -> ratings.open(small, few)).getId();
        bob.call(() -> ratings.rate(smallRound, sheet(few.get(0), Stance.SUPPORTER)));

        long large = coalition();
        List<Long> many = new ArrayList<>();
        for (int i = 0; i < RatingRound.MAX_STAKEHOLDERS; i++) {
            many.add(stakeholder(large, "Stakeholder " + i, Stance.values()[i % 5]));
        }
        long largeRound = 0;
        for (int r = 0; r < 4; r++) {
            largeRound = bob.call(() -> ratings.open(large, many)).getId();
        }
        long last = largeRound;
        for (Caller rater : List.<Caller>of(bob, alice)) {
            Map<Long, Stance> all = new LinkedHashMap<>();
            many.forEach(id -> all.put(id, Stance.SUPPORTER));
            rater.call(() -> ratings.rate(last, all));
        }

        Supplier<Integer> smallOpen = () -> bob.call(() -> sql.statementsOfCalls(() -> ratings.sheet(smallRound)));
        Supplier<Integer> largeOpen = () -> bob.call(() -> sql.statementsOfCalls(() -> ratings.sheet(last)));
        assertEquals(smallOpen.get(), largeOpen.get(), "an open round: constant");
        bob.call(() -> ratings.close(smallRound));
        bob.call(() -> ratings.close(last));
        assertEquals(smallOpen.get(), largeOpen.get(), "a closed round with its raters: constant");
        assertTrue(largeOpen.get() <= 5, "a round in at most five statements: " + largeOpen.get());
        assertEquals(
                bob.call(() -> sql.statementsOfCalls(() -> ratings.list(small, null, 0, 20))),
                bob.call(() -> sql.statementsOfCalls(() -> ratings.list(large, null, 0, 20))),
                "a page of rounds: constant");
        assertEquals(4, bob.call(() -> ratings.list(large, null, 0, 20)).size());
        assertEquals(20, bob.call(() -> ratings.sheet(last)).lines().size());
    }

    @Test
    void should_count_a_key_stakeholder_flagged_by_a_round_as_assumed_until_a_one_on_one_after_its_close() {
        long c = coalition();
        long clara = stakeholder(c, "Clara CFO", Stance.SUPPORTER);
        data.update(
                "UPDATE Stakeholder s SET s.stanceSince = :since WHERE s.id = :id",
                Map.of("since", TODAY.minusDays(30), "id", clara));
        ConversationDraft talk = new ConversationDraft();
        talk.setHeldOn(TODAY.minusDays(5));
        talk.setNotes("Says she is on board");
        bob.call(() -> engagement.log(clara, talk));
        Supplier<List<String>> alignment = () ->
                bob.call(() -> health.assess(c)).findingsFor(org.coalition.health.Pitfall.ASSUMED_ALIGNMENT).stream()
                        .map(f -> f.problem().key())
                        .toList();
        assertEquals(List.of(), alignment.get(), "verified by the one-on-one of five days ago");

        long round = bob.call(() -> ratings.open(c, List.of(clara))).getId();
        bob.call(() -> ratings.rate(round, sheet(clara, Stance.NEUTRAL)));
        alice.call(() -> ratings.rate(round, sheet(clara, Stance.NEUTRAL)));
        assertFalse(alignment.get().contains("said.health.ratedAssumedProblem"), "an open round flags no one");
        erin.call(() -> ratings.rate(round, sheet(clara, Stance.SKEPTIC)));

        var finding =
                bob.call(() -> health.assess(c)).findingsFor(org.coalition.health.Pitfall.ASSUMED_ALIGNMENT).stream()
                        .filter(f -> f.problem().key().equals("said.health.ratedAssumedProblem"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                List.of(clara),
                finding.evidence().stream()
                        .map(org.coalition.health.Evidence::id)
                        .toList(),
                "the consensus (neutral) differs from the register (supporter)");
        var thresholds = bob.call(() -> health.thresholds());
        var counted = data.with(
                        em -> new org.coalition.health.FactsQuery(em).health(List.of(c), TODAY, thresholds, true))
                .get(c);
        var rows = data.with(em -> new org.coalition.health.FactsQuery(em).read(c));
        assertEquals(
                org.coalition.health.HealthFacts.of(rows, thresholds, TODAY).ratedAssumed(),
                counted.ratedAssumed(),
                "the database counts what the rows say");
        assertEquals(1, counted.ratedAssumed().count());

        ConversationDraft again = new ConversationDraft();
        again.setHeldOn(TODAY);
        again.setNotes("Asked her directly: neutral for now");
        bob.call(() -> engagement.log(clara, again));
        assertFalse(
                alignment.get().contains("said.health.ratedAssumedProblem"), "a one-on-one after the close clears it");
    }
}
