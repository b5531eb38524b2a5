package org.coalition.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.engagement.Conversation;
import org.coalition.people.Person;
import org.coalition.shared.Refusal;
import org.coalition.shared.Refused;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private final Coalition coalition = new Coalition(
            new CoalitionDraft("Flexible hours", "Core hours", TODAY.plusMonths(3)),
            "bob",
            "Engineering",
            Instant.now());
    private final Person bob = new Person("bob", "Bob Builder", "bob@example.org", "Engineering");
    private final Person alice = new Person("alice", "Alice Sponsor", "alice@example.org", "Operations");
    private final Stakeholder clara = stakeholder("Clara CFO");

    private Stakeholder stakeholder(String name) {
        StakeholderDraft draft = new StakeholderDraft();
        draft.setName(name);
        draft.setLevel(Level.DIRECTOR);
        draft.setDepartment("Finance");
        draft.setInfluence(5);
        draft.setInterest(3);
        draft.setStance(Stance.NEUTRAL);
        return new Stakeholder(coalition, draft, null, TODAY.minusMonths(1));
    }

    private Commitment survey(LocalDate madeOn, LocalDate dueOn) {
        return Commitment.toStakeholder(bob, clara, "  Send the survey results  ", madeOn, dueOn, "bob", Instant.now());
    }

    @ParameterizedTest(name = "due {0} days from today, outcome {1} -> {2}")
    @CsvSource({
        "1,  ,       OPEN",
        "0,  ,       OPEN",
        "-1, ,       OVERDUE",
        "-30, ,      OVERDUE",
        "-1, KEPT,   KEPT",
        "5,  BROKEN, BROKEN",
        "-1, BROKEN, BROKEN",
    })
    void should_be_overdue_only_from_the_day_after_it_was_due_unless_settled(
            int dueInDays, CommitmentOutcome outcome, CommitmentStatus expected) {
        assertEquals(expected, CommitmentStatus.of(outcome, TODAY.plusDays(dueInDays), TODAY));
    }

    @Test
    void should_count_overdue_and_broken_against_the_relational_bank_account_and_nothing_else() {
        assertEquals(
                List.of(CommitmentStatus.OVERDUE, CommitmentStatus.BROKEN),
                java.util.Arrays.stream(CommitmentStatus.values())
                        .filter(CommitmentStatus::withdraws)
                        .toList());
    }

    @Test
    void should_record_a_promise_to_a_stakeholder_open_and_stripped() {
        Commitment c = survey(TODAY, TODAY.plusDays(7));
        assertEquals("Send the survey results", c.getWhat());
        assertEquals(coalition, c.getCoalition());
        assertEquals(CommitmentStatus.OPEN, c.status(TODAY));
        assertEquals(CommitmentStatus.OPEN, c.status(TODAY.plusDays(7)), "due today is still open");
        assertEquals(CommitmentStatus.OVERDUE, c.status(TODAY.plusDays(8)));
        assertNull(c.getOutcome());
        assertTrue(VALIDATOR.validate(c).isEmpty(), () -> VALIDATOR.validate(c).toString());
    }

    @Test
    void should_allow_a_promise_due_the_day_it_was_made_and_refuse_one_due_before() {
        assertEquals(CommitmentStatus.OPEN, survey(TODAY, TODAY).status(TODAY));
        var refused = assertThrows(Refused.Argument.class, () -> survey(TODAY, TODAY.minusDays(1)));
        assertEquals(Refusal.COMMITMENT_DUE_BEFORE_MADE, refused.refusal());
    }

    @Test
    void should_refuse_a_promise_to_oneself_and_accept_one_to_another_member() {
        var refused = assertThrows(
                Refused.Argument.class,
                () -> Commitment.toMember(coalition, bob, bob, "Review", TODAY, TODAY, "bob", Instant.now()));
        assertEquals(Refusal.COMMITMENT_TO_SELF, refused.refusal());
        Commitment toAlice = Commitment.toMember(
                coalition, bob, alice, "Review the deck", TODAY, TODAY.plusDays(1), "bob", Instant.now());
        assertTrue(toAlice.isToOneSide());
        assertTrue(VALIDATOR.validate(toAlice).isEmpty());
    }

    @Test
    void should_settle_between_the_day_it_was_made_and_today_inclusive() {
        Commitment early = survey(TODAY.minusDays(10), TODAY.minusDays(3));
        early.settle(CommitmentOutcome.KEPT, TODAY.minusDays(10), TODAY);
        assertEquals(CommitmentStatus.KEPT, early.status(TODAY));

        Commitment late = survey(TODAY.minusDays(10), TODAY.minusDays(3));
        late.settle(CommitmentOutcome.BROKEN, TODAY, TODAY);
        assertEquals(TODAY, late.getSettledOn());
        late.settle(CommitmentOutcome.KEPT, TODAY.minusDays(1), TODAY);
        assertEquals(CommitmentStatus.KEPT, late.status(TODAY), "a second mark corrects the outcome");

        Commitment c = survey(TODAY.minusDays(10), TODAY.minusDays(3));
        var before = assertThrows(
                Refused.Argument.class, () -> c.settle(CommitmentOutcome.KEPT, TODAY.minusDays(11), TODAY));
        assertEquals(Refusal.COMMITMENT_SETTLED_BEFORE_MADE, before.refusal());
        assertEquals(TODAY.minusDays(10), before.arguments()[0]);
        var future =
                assertThrows(Refused.Argument.class, () -> c.settle(CommitmentOutcome.KEPT, TODAY.plusDays(1), TODAY));
        assertEquals(Refusal.COMMITMENT_SETTLED_IN_FUTURE, future.refusal());
        var noDay = assertThrows(Refused.Argument.class, () -> c.settle(CommitmentOutcome.BROKEN, null, TODAY));
        assertEquals(Refusal.COMMITMENT_OUTCOME_NEEDS_DATE, noDay.refusal());
        assertEquals(CommitmentStatus.OVERDUE, c.status(TODAY), "a refused mark changes nothing");
    }

    @Test
    void should_link_only_a_one_on_one_with_the_stakeholder_it_was_promised_to() {
        Conversation withClara = new Conversation(clara, TODAY, bob, List.of(), "Talked budgets");
        Conversation withSomeoneElse = new Conversation(stakeholder("Dora"), TODAY, bob, List.of(), null);
        assertEquals(withClara, survey(TODAY, TODAY).promisedIn(withClara).getConversation());
        var refused =
                assertThrows(Refused.Argument.class, () -> survey(TODAY, TODAY).promisedIn(withSomeoneElse));
        assertEquals(Refusal.COMMITMENT_OTHER_CONVERSATION, refused.refusal());
        Commitment toAlice = Commitment.toMember(coalition, bob, alice, "Review", TODAY, TODAY, "bob", Instant.now());
        assertThrows(
                Refused.Argument.class, () -> toAlice.promisedIn(withClara), "a member's promise has no one-on-one");
    }

    @Test
    void should_validate_a_draft_with_messages() {
        CommitmentDraft empty = new CommitmentDraft();
        Set<String> messages = VALIDATOR.validate(empty).stream()
                .map(ConstraintViolation::getMessage)
                .collect(java.util.stream.Collectors.toSet());
        assertEquals(
                Set.of(
                        "Say what was promised.",
                        "Say by when it was promised.",
                        "Choose to whom it was promised: a stakeholder or a member."),
                messages);
        CommitmentDraft both = new CommitmentDraft(null, 4L, "alice", null, "x".repeat(501), TODAY);
        Set<String> bothMessages = VALIDATOR.validate(both).stream()
                .map(ConstraintViolation::getMessage)
                .collect(java.util.stream.Collectors.toSet());
        assertEquals(
                Set.of(
                        "What was promised can be at most 500 characters.",
                        "Choose to whom it was promised: a stakeholder or a member."),
                bothMessages);
        assertTrue(VALIDATOR
                .validate(new CommitmentDraft(null, 4L, " ", null, "Survey", TODAY))
                .isEmpty());
    }

    @Test
    void should_state_the_kept_ratio_over_what_was_due_with_overdue_as_not_kept() {
        assertEquals(OptionalInt.empty(), new KeptRatio(0, 0, 0, 5).percent(), "nothing due yet: no ratio");
        assertEquals(
                OptionalInt.of(100), new KeptRatio(3, 0, 0, 9).percent(), "open promises not yet due do not count");
        assertEquals(OptionalInt.of(0), new KeptRatio(0, 1, 0, 0).percent());
        assertEquals(OptionalInt.of(50), new KeptRatio(1, 0, 1, 0).percent(), "an overdue promise counts as not kept");
        assertEquals(OptionalInt.of(66), new KeptRatio(2, 1, 0, 0).percent(), "66.7 rounds down");
        assertEquals(OptionalInt.of(33), new KeptRatio(1, 1, 1, 0).percent(), "33.3 rounds down");
        assertEquals(OptionalInt.of(50), new KeptRatio(1, 1, 0, 0).percent());
        assertEquals(
                OptionalInt.of(99), new KeptRatio(199, 1, 0, 0).percent(), "100 % only when every promise was kept");
        assertEquals(3, new KeptRatio(1, 1, 1, 0).due());
        assertEquals(7, new KeptRatio(1, 1, 1, 4).total());
        assertThrows(IllegalArgumentException.class, () -> new KeptRatio(-1, 0, 0, 0));
        assertFalse(new KeptRatio(0, 0, 0, 0).percent().isPresent());
    }
}
