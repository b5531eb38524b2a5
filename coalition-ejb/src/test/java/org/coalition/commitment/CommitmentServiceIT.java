package org.coalition.commitment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.coalition.access.AccessDeniedException;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.engagement.Conversation;
import org.coalition.engagement.ConversationDraft;
import org.coalition.engagement.EngagementService;
import org.coalition.people.Person;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.Refusal;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
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
class CommitmentServiceIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    CommitmentService commitments;

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
    AsErin erin;

    /** A coalition of bob's (member) with alice as sponsor and carol as observer; erin is in none of it. */
    private long coalition() {
        data.person("bob", "Engineering", false);
        data.person("alice", "Operations", true);
        data.person("carol", "Sales", false);
        data.person("erin", "Finance", false);
        long c = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Promises " + UUID.randomUUID().toString().substring(0, 8),
                        "Keep our word",
                        LocalDate.now().plusMonths(2))))
                .getId();
        data.grant(c, "alice", CoalitionRole.SPONSOR);
        data.grant(c, "carol", CoalitionRole.OBSERVER);
        return c;
    }

    private long stakeholder(long c, String name) {
        StakeholderDraft d = new StakeholderDraft();
        d.setName(name);
        d.setLevel(Level.DIRECTOR);
        d.setDepartment("Finance");
        d.setInfluence(5);
        d.setInterest(3);
        d.setResources(EnumSet.of(Resource.BUDGET));
        d.setStance(Stance.NEUTRAL);
        return bob.call(() -> stakeholders.add(c, d)).getId();
    }

    /**
     * {@code count} promises of bob's to the stakeholder, due over {@code days} days around today (half of them
     * overdue), every {@code settledEvery}th one settled, kept and broken in turn.
     */
    private void promises(long stakeholderId, int count, int days, int settledEvery) {
        data.with(em -> {
            Person bobPerson = em.createQuery("SELECT p FROM Person p WHERE p.username = 'bob'", Person.class)
                    .getSingleResult();
            Stakeholder to = em.find(Stakeholder.class, stakeholderId);
            for (int i = 0; i < count; i++) {
                Commitment k = Commitment.toStakeholder(
                        bobPerson,
                        to,
                        "Promise " + i,
                        TODAY.minusDays(60),
                        TODAY.plusDays(i % days - days / 2),
                        "test",
                        Instant.now());
                if (i % settledEvery == 0) {
                    k.settle(
                            i % (2 * settledEvery) == 0 ? CommitmentOutcome.KEPT : CommitmentOutcome.BROKEN,
                            TODAY.minusDays(1),
                            TODAY);
                }
                em.persist(k);
            }
            return null;
        });
    }

    private static CommitmentDraft promise(String by, long to, String what, LocalDate dueOn) {
        return new CommitmentDraft(by, to, null, null, what, dueOn);
    }

    /** Moves a promise's dates back, as if it had been made {@code days} ago. */
    private void age(long commitmentId, int days) {
        data.update(
                "UPDATE Commitment k SET k.madeOn = :made, k.dueOn = :due WHERE k.id = :id",
                Map.of("made", TODAY.minusDays(days), "due", TODAY.minusDays(days - 1L), "id", commitmentId));
    }

    @Test
    void should_record_a_promise_from_a_one_on_one_list_overdue_first_and_count_the_kept_ratio() {
        long c = coalition();
        long clara = stakeholder(c, "Clara CFO");
        long dora = stakeholder(c, "Dora Director");
        ConversationDraft talk = new ConversationDraft();
        talk.setHeldOn(TODAY.minusDays(2));
        talk.setNotes("Budget worries");
        Conversation oneOnOne = bob.call(() -> engagement.log(clara, talk));

        Commitment survey = bob.call(() -> commitments.record(
                c,
                new CommitmentDraft(
                        null, clara, null, oneOnOne.getId(), "Send the survey results", TODAY.plusDays(5))));
        assertEquals("bob", survey.getPromisedBy().getUsername(), "the caller promised");
        assertEquals(TODAY.minusDays(2), survey.getMadeOn(), "promised on the day of the one-on-one");
        Commitment pilot = bob.call(
                () -> commitments.record(c, promise("bob", dora, "Keep Sales out of the pilot", TODAY.plusDays(1))));
        Commitment deck = alice.call(
                () -> commitments.record(c, new CommitmentDraft(null, null, "bob", null, "Review the deck", TODAY)));
        Commitment late = alice.call(() -> commitments.record(c, promise("bob", dora, "Call back", TODAY.plusDays(3))));
        age(late.getId(), 10);
        Commitment kept = bob.call(() -> commitments.record(c, promise(null, clara, "Share the agenda", TODAY)));
        bob.call(() -> commitments.settle(kept.getId(), kept.getVersion(), CommitmentOutcome.KEPT, TODAY));

        List<CommitmentRow> rows = bob.call(() -> commitments.list(c, null, 0, 10));
        assertEquals(
                List.of(
                        "Call back",
                        "Review the deck",
                        "Keep Sales out of the pilot",
                        "Send the survey results",
                        "Share the agenda"),
                rows.stream().map(CommitmentRow::what).toList(),
                "overdue first, then by date, then settled");
        assertEquals(
                List.of(
                        CommitmentStatus.OVERDUE,
                        CommitmentStatus.OPEN,
                        CommitmentStatus.OPEN,
                        CommitmentStatus.OPEN,
                        CommitmentStatus.KEPT),
                rows.stream().map(CommitmentRow::status).toList());
        assertEquals("alice", rows.get(1).promisedByUsername(), "alice promised bob, a member");
        assertTrue(rows.get(1).toMember());
        assertEquals(oneOnOne.getId(), rows.get(3).conversationId());
        assertEquals(5, bob.call(() -> commitments.count(c, null)));

        assertEquals(
                List.of("Send the survey results", "Share the agenda"),
                bob.call(() -> commitments.list(c, clara, 0, 10)).stream()
                        .map(CommitmentRow::what)
                        .toList(),
                "Clara's promises");
        assertEquals(2, bob.call(() -> commitments.count(c, clara)));
        assertEquals(
                List.of("Review the deck"),
                bob.call(() -> commitments.list(c, null, 1, 1)).stream()
                        .map(CommitmentRow::what)
                        .toList(),
                "paged in the database");

        KeptRatio ratio = bob.call(() -> commitments.keptRatio(c, null));
        assertEquals(new KeptRatio(1, 0, 1, 3), ratio);
        assertEquals(OptionalInt.of(50), ratio.percent(), "one kept, one overdue");
        assertEquals(
                OptionalInt.of(100),
                bob.call(() -> commitments.keptRatio(c, clara)).percent());
        assertEquals(
                OptionalInt.of(0),
                bob.call(() -> commitments.keptRatio(c, dora)).percent(),
                "Dora: one overdue and one not yet due, so 0 %, not empty");
    }

    @Test
    void should_let_members_mark_their_own_sponsors_anyones_and_refuse_stale_marks_and_bad_dates() {
        long c = coalition();
        long clara = stakeholder(c, "Clara");
        Commitment alices =
                alice.call(() -> commitments.record(c, promise(null, clara, "Budget line", TODAY.plusDays(2))));
        Commitment bobs = bob.call(() -> commitments.record(c, promise(null, clara, "Survey", TODAY.plusDays(2))));

        var notHis = assertThrows(
                AccessDeniedException.class,
                () -> bob.call(
                        () -> commitments.settle(alices.getId(), alices.getVersion(), CommitmentOutcome.KEPT, TODAY)));
        assertEquals(Refusal.ONLY_OWN_COMMITMENTS, notHis.refusal());
        assertArrayEquals(new Object[] {"alice"}, notHis.arguments());
        var forAlice = assertThrows(
                AccessDeniedException.class,
                () -> bob.call(() -> commitments.record(c, promise("alice", clara, "On her behalf", TODAY))));
        assertEquals(Refusal.ONLY_OWN_COMMITMENTS, forAlice.refusal(), "a member records only their own promises");

        Commitment broken =
                alice.call(() -> commitments.settle(bobs.getId(), bobs.getVersion(), CommitmentOutcome.BROKEN, TODAY));
        assertEquals(CommitmentOutcome.BROKEN, broken.getOutcome(), "a sponsor marks anyone's");
        var stale = assertThrows(
                ConcurrentEditException.class,
                () -> bob.call(
                        () -> commitments.settle(bobs.getId(), bobs.getVersion(), CommitmentOutcome.KEPT, TODAY)));
        assertEquals(Refusal.CONCURRENT_EDIT, stale.refusal());
        Commitment corrected =
                bob.call(() -> commitments.settle(bobs.getId(), broken.getVersion(), CommitmentOutcome.KEPT, TODAY));
        assertEquals(CommitmentOutcome.KEPT, corrected.getOutcome(), "the promiser corrects the mark");

        var future = assertThrows(
                RuleViolationException.class,
                () -> alice.call(() -> commitments.settle(
                        alices.getId(), alices.getVersion(), CommitmentOutcome.KEPT, TODAY.plusDays(1))));
        assertEquals(Refusal.COMMITMENT_SETTLED_IN_FUTURE, future.refusal());
        var beforeMade = assertThrows(
                RuleViolationException.class,
                () -> alice.call(() -> commitments.settle(
                        alices.getId(), alices.getVersion(), CommitmentOutcome.KEPT, TODAY.minusDays(1))));
        assertEquals(Refusal.COMMITMENT_SETTLED_BEFORE_MADE, beforeMade.refusal());
        var dueBefore = assertThrows(
                RuleViolationException.class,
                () -> bob.call(() -> commitments.record(c, promise(null, clara, "Yesterday", TODAY.minusDays(1)))));
        assertEquals(Refusal.COMMITMENT_DUE_BEFORE_MADE, dueBefore.refusal());
        var toSelf = assertThrows(
                RuleViolationException.class,
                () -> bob.call(
                        () -> commitments.record(c, new CommitmentDraft(null, null, "bob", null, "Myself", TODAY))));
        assertEquals(Refusal.COMMITMENT_TO_SELF, toSelf.refusal());
        var observerAsPromisee = assertThrows(
                RuleViolationException.class,
                () -> bob.call(() ->
                        commitments.record(c, new CommitmentDraft(null, null, "carol", null, "To carol", TODAY))));
        assertEquals(Refusal.COMMITMENT_NOT_MEMBER, observerAsPromisee.refusal());

        long other = coalition();
        long elsewhere = stakeholder(other, "Elsewhere");
        var stranger = assertThrows(
                RuleViolationException.class,
                () -> bob.call(() -> commitments.record(c, promise(null, elsewhere, "Across", TODAY))));
        assertEquals(Refusal.COMMITMENT_OTHER_COALITION, stranger.refusal());
        ConversationDraft talk = new ConversationDraft();
        talk.setNotes("Elsewhere");
        long otherTalk = bob.call(() -> engagement.log(elsewhere, talk)).getId();
        var wrongTalk = assertThrows(
                RuleViolationException.class,
                () -> bob.call(() ->
                        commitments.record(c, new CommitmentDraft(null, clara, null, otherTalk, "Mixed", TODAY))));
        assertEquals(Refusal.COMMITMENT_OTHER_CONVERSATION, wrongTalk.refusal());
        assertEquals(2, bob.call(() -> commitments.count(c, null)), "nothing refused was kept");
    }

    @Test
    void should_let_observers_read_without_what_was_promised_and_refuse_them_and_outsiders_the_rest() {
        long c = coalition();
        long clara = stakeholder(c, "Clara");
        Commitment survey = bob.call(
                () -> commitments.record(c, promise(null, clara, "Private: the reorg list", TODAY.plusDays(3))));

        List<CommitmentRow> asObserver = carol.call(() -> commitments.list(c, null, 0, 10));
        assertEquals(1, asObserver.size(), "observers see the register");
        assertNull(asObserver.get(0).what(), "but not what was promised");
        assertEquals("Clara", asObserver.get(0).toName());
        assertNull(carol.call(() -> commitments.get(survey.getId())).what());
        assertEquals(
                "Private: the reorg list",
                bob.call(() -> commitments.get(survey.getId())).what());
        assertEquals(1, carol.call(() -> commitments.keptRatio(c, null)).open());
        var observerWrites = assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> commitments.record(c, promise(null, clara, "Me too", TODAY))));
        assertEquals(Refusal.ROLE_MAY_NOT, observerWrites.refusal());
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(
                        () -> commitments.settle(survey.getId(), survey.getVersion(), CommitmentOutcome.KEPT, TODAY)));

        var outsider =
                assertThrows(AccessDeniedException.class, () -> erin.call(() -> commitments.list(c, null, 0, 10)));
        assertEquals(Refusal.NO_ROLE, outsider.refusal());
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> commitments.count(c, null)));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> commitments.keptRatio(c, null)));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> commitments.get(survey.getId())));
        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> commitments.record(c, promise(null, clara, "Hi", TODAY))));
        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(
                        () -> commitments.settle(survey.getId(), survey.getVersion(), CommitmentOutcome.KEPT, TODAY)));
    }

    @Test
    void should_read_a_page_and_the_ratio_of_2000_promises_in_as_many_statements_as_of_two() {
        long small = coalition();
        long clara = stakeholder(small, "Clara");
        bob.call(() -> commitments.record(small, promise(null, clara, "One", TODAY)));
        bob.call(() -> commitments.record(small, promise(null, clara, "Two", TODAY.plusDays(1))));
        int smallPage = bob.call(() -> sql.statementsOf(() -> commitments.list(small, null, 0, 50)));
        int smallRatio = bob.call(() -> sql.statementsOf(() -> commitments.keptRatio(small, null)));

        long large = coalition();
        long dora = stakeholder(large, "Dora");
        promises(dora, 2000, 90, 3);
        int largePage = bob.call(() -> sql.statementsOf(() -> commitments.list(large, null, 500, 50)));
        int largeRatio = bob.call(() -> sql.statementsOf(() -> commitments.keptRatio(large, null)));
        int smallPanel = bob.call(() -> sql.statementsOf(() -> commitments.ofStakeholder(small, clara, 25)));
        int largePanel = bob.call(() -> sql.statementsOf(() -> commitments.ofStakeholder(large, dora, 25)));
        // the access check may be remembered from the call before (the request's memo), so at most one more
        assertTrue(
                largePanel <= smallPanel, "the stakeholder page's panel costs no more for 2,000 promises than for 2");
        assertTrue(
                smallPanel <= 2 && largePanel >= 1,
                smallPanel + "/" + largePanel + " statements (the access check and one read)");
        var panel = bob.call(() -> commitments.ofStakeholder(large, dora, 25));
        assertEquals(
                bob.call(() -> commitments.keptRatio(large, dora)),
                panel.ratio(),
                "the same counts as the ratio's own statement");
        assertEquals(bob.call(() -> commitments.list(large, dora, 0, 25)), panel.rows(), "the same rows as the list");
        long nobody = stakeholder(small, "Nobody promised");
        var none = bob.call(() -> commitments.ofStakeholder(small, nobody, 25));
        assertEquals(new KeptRatio(0, 0, 0, 0), none.ratio());
        assertEquals(smallPage, largePage, "a page costs the same whatever the register's size");
        assertTrue(largePage <= 2, largePage + " statements");
        assertEquals(smallRatio, largeRatio);
        assertTrue(largeRatio <= 2, largeRatio + " statements");
        assertEquals(2000, bob.call(() -> commitments.keptRatio(large, null)).total());
        List<CommitmentRow> first = bob.call(() -> commitments.list(large, null, 0, 50));
        assertTrue(
                first.stream().allMatch(r -> r.status() == CommitmentStatus.OVERDUE), "the first page is all overdue");
        assertEquals(
                TODAY.minusDays(44),
                first.get(0).dueOn(),
                "the longest overdue first (those due 45 days ago were all marked)");
    }

    @Test
    void should_read_every_promise_by_key_in_the_lists_order_in_at_most_four_statements_a_page() {
        long c = coalition();
        long dora = stakeholder(c, "Dora");
        // a few promises share a due date, so the order within a date (the id) counts too
        promises(dora, 600, 40, 4);
        // pages of 170: pages that end inside a group and pages that span the groups' boundaries
        List<CommitmentRow> byPosition = new ArrayList<>();
        for (int first = 0; ; first += 170) {
            int from = first;
            List<CommitmentRow> page = bob.call(() -> commitments.list(c, null, from, 170));
            byPosition.addAll(page);
            if (page.size() < 170) {
                break;
            }
        }
        List<CommitmentRow> byKey = new ArrayList<>();
        CommitmentRow last = null;
        while (true) {
            CommitmentRow after = last;
            List<List<CommitmentRow>> page = new ArrayList<>();
            int statements = bob.call(() -> sql.statementsOf(() -> page.add(commitments.listAfter(c, after, 170))));
            assertTrue(statements <= 4, statements + " statements for a page (the access check and one per group)");
            byKey.addAll(page.get(0));
            if (page.get(0).size() < 170) {
                break;
            }
            last = page.get(0).get(169);
        }
        assertEquals(600, byKey.size());
        assertEquals(byPosition, byKey, "by key, the same rows in the same order as by position");
        assertEquals(CommitmentStatus.OVERDUE, byKey.get(0).status());
        assertTrue(
                EnumSet.of(CommitmentStatus.KEPT, CommitmentStatus.BROKEN)
                        .contains(byKey.get(599).status()),
                "the settled ones last");
        assertTrue(
                carol.call(() -> commitments.listAfter(c, null, 10)).stream().allMatch(r -> r.what() == null),
                "an observer reads no promise's words here either");
    }

    @Test
    void should_count_an_overdue_promise_to_a_key_stakeholder_in_the_health_advisor_and_remind_whoever_promised() {
        long c = coalition();
        long clara = stakeholder(c, "Clara CFO"); // influence 5: key
        StakeholderDraft low = new StakeholderDraft();
        low.setName("Lou Low");
        low.setLevel(Level.MANAGER);
        low.setDepartment("Sales");
        low.setInfluence(2);
        low.setInterest(2);
        low.setResources(EnumSet.of(Resource.DATA));
        low.setStance(Stance.NEUTRAL);
        long lou = bob.call(() -> stakeholders.add(c, low)).getId();
        ConversationDraft talk = new ConversationDraft();
        talk.setNotes("Budget worries");
        Conversation oneOnOne = bob.call(() -> engagement.log(clara, talk));
        Commitment survey = bob.call(() -> commitments.record(
                c,
                new CommitmentDraft(
                        null, clara, null, oneOnOne.getId(), "Send the survey results", TODAY.plusDays(3))));
        Commitment toLou =
                bob.call(() -> commitments.record(c, promise(null, lou, "Send Lou the deck", TODAY.plusDays(3))));
        java.util.function.Supplier<List<String>> trustFindings =
                () -> bob.call(() -> health.assess(c)).findingsFor(org.coalition.health.Pitfall.SKIPPED_TRUST).stream()
                        .map(f -> f.problem().key())
                        .toList();
        assertTrue(!trustFindings.get().contains("said.health.brokenPromisesProblem"), "nothing is due yet");

        age(survey.getId(), 10);
        age(toLou.getId(), 10);
        var finding = bob.call(() -> health.assess(c)).findingsFor(org.coalition.health.Pitfall.SKIPPED_TRUST).stream()
                .filter(f -> f.problem().key().equals("said.health.brokenPromisesProblem"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(clara),
                finding.evidence().stream()
                        .map(org.coalition.health.Evidence::id)
                        .toList(),
                "Clara, a key stakeholder, holds an overdue promise; Lou's is overdue too, but he is not key");
        assertEquals(1, finding.problem().arguments().get(0));

        // the counts the dashboard reads equal the rules' reference computed from the rows
        var thresholds = bob.call(() -> health.thresholds());
        var counted = data.with(
                        em -> new org.coalition.health.FactsQuery(em).health(List.of(c), TODAY, thresholds, true))
                .get(c);
        var rows = data.with(em -> new org.coalition.health.FactsQuery(em).read(c));
        assertEquals(
                org.coalition.health.HealthFacts.of(rows, thresholds, TODAY).brokenPromises(),
                counted.brokenPromises());

        // the reminder goes to bob, who promised, and names to whom, not what
        var rules = new org.coalition.health.ReminderRules(thresholds, org.coalition.health.ReminderSettings.DEFAULTS);
        var reminders = rules.remindersFor(rows, Map.of(), List.of("alice", "bob"), TODAY).stream()
                .filter(r -> r.kind() == org.coalition.health.Reminder.Kind.PROMISES_DUE)
                .toList();
        assertEquals(1, reminders.size(), reminders.toString());
        assertEquals(List.of("bob"), reminders.get(0).recipients());
        assertTrue(
                reminders.get(0).text().contains("to Clara CFO (overdue since"),
                reminders.get(0).text());
        assertTrue(!reminders.get(0).text().contains("survey"), "what was promised stays out of the feed");

        long version = bob.call(() -> commitments.get(survey.getId())).version();
        bob.call(() -> commitments.settle(survey.getId(), version, CommitmentOutcome.KEPT, TODAY));
        assertTrue(!trustFindings.get().contains("said.health.brokenPromisesProblem"), "kept at last: no withdrawal");
    }
}
