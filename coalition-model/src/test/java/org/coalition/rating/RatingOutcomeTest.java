package org.coalition.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionDraft;
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

class RatingOutcomeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static List<Stance> stances(String ratings) {
        return ratings.isBlank()
                ? List.of()
                : Arrays.stream(ratings.trim().split(" +")).map(Stance::valueOf).toList();
    }

    @ParameterizedTest(name = "[{0}] recorded {1} -> spread {2}, median {3}-{4}, wide {5}, differs {6}")
    @CsvSource({
        // agreement with the register: nothing flagged
        "SUPPORTER SUPPORTER SUPPORTER, SUPPORTER, 0, SUPPORTER, SUPPORTER, false, false",
        // a spread of one step is not wide
        "SUPPORTER CHAMPION SUPPORTER,  SUPPORTER, 1, SUPPORTER, SUPPORTER, false, false",
        "NEUTRAL SUPPORTER NEUTRAL,     NEUTRAL,   1, NEUTRAL,   NEUTRAL,   false, false",
        // two steps is wide, whatever the median says
        "SUPPORTER SKEPTIC SUPPORTER,   SUPPORTER, 2, SUPPORTER, SUPPORTER, true,  false",
        "CHAMPION OPPONENT,             NEUTRAL,   4, OPPONENT,  CHAMPION,  true,  false",
        // the consensus is one step away from the register: differs
        "NEUTRAL NEUTRAL SUPPORTER,     SUPPORTER, 1, NEUTRAL,   NEUTRAL,   false, true",
        "NEUTRAL NEUTRAL NEUTRAL,       CHAMPION,  0, NEUTRAL,   NEUTRAL,   false, true",
        // an even number: the register inside the two middle ratings agrees, outside differs
        "NEUTRAL SUPPORTER,             SUPPORTER, 1, NEUTRAL,   SUPPORTER, false, false",
        "NEUTRAL SUPPORTER,             NEUTRAL,   1, NEUTRAL,   SUPPORTER, false, false",
        "NEUTRAL SUPPORTER,             CHAMPION,  1, NEUTRAL,   SUPPORTER, false, true",
        "SUPPORTER CHAMPION,            OPPONENT,  1, SUPPORTER, CHAMPION,  false, true",
        // one rating: it is the consensus
        "SKEPTIC,                       SKEPTIC,   0, SKEPTIC,   SKEPTIC,   false, false",
        "SKEPTIC,                       SUPPORTER, 0, SKEPTIC,   SKEPTIC,   false, true",
        // the median of four: the two middle ones
        "OPPONENT NEUTRAL SUPPORTER CHAMPION, NEUTRAL, 4, NEUTRAL, SUPPORTER, true, false",
    })
    void should_flag_a_wide_spread_or_a_consensus_other_than_the_recorded_stance(
            String ratings,
            Stance recorded,
            int spread,
            Stance medianLow,
            Stance medianHigh,
            boolean wide,
            boolean differs) {
        RatingOutcome outcome = RatingOutcome.of(stances(ratings), recorded);
        assertEquals(spread, outcome.spread());
        assertEquals(medianLow, outcome.medianLow());
        assertEquals(medianHigh, outcome.medianHigh());
        assertEquals(wide, outcome.wide(), "wide");
        assertEquals(differs, outcome.differs(), "differs");
        assertEquals(wide || differs, outcome.flagged());
        assertEquals(stances(ratings).size(), outcome.ratings());
    }

    @Test
    void should_flag_nothing_without_ratings() {
        RatingOutcome none = RatingOutcome.of(List.of(), Stance.SUPPORTER);
        assertEquals(0, none.ratings());
        assertEquals(0, none.spread());
        assertFalse(none.flagged());
        assertNull(none.consensus());
        assertNull(none.lowest());
    }

    @Test
    void should_name_the_lowest_and_highest_and_a_consensus_only_when_the_median_is_one_stance() {
        RatingOutcome three = RatingOutcome.of(stances("CHAMPION SKEPTIC SUPPORTER"), Stance.SUPPORTER);
        assertEquals(Stance.SKEPTIC, three.lowest());
        assertEquals(Stance.CHAMPION, three.highest());
        assertEquals(Stance.SUPPORTER, three.consensus());
        assertEquals(3, three.spread());
        assertNull(
                RatingOutcome.of(stances("NEUTRAL SUPPORTER"), Stance.NEUTRAL).consensus(), "two middle ones apart");
        assertEquals(
                Stance.NEUTRAL,
                RatingOutcome.of(stances("NEUTRAL NEUTRAL"), Stance.NEUTRAL).consensus());
        assertEquals(2, RatingOutcome.WIDE_SPREAD);
    }

    private final Coalition coalition = new Coalition(
            new CoalitionDraft("Flexible hours", "Core hours", TODAY.plusMonths(3)),
            "bob",
            "Engineering",
            Instant.now());
    private final Person bob = new Person("bob", "Bob Builder", "bob@example.org", "Engineering");
    private final Person alice = new Person("alice", "Alice Sponsor", "alice@example.org", "Operations");

    private Stakeholder stakeholder(Coalition of, String name, Stance stance) {
        StakeholderDraft draft = new StakeholderDraft();
        draft.setName(name);
        draft.setLevel(Level.DIRECTOR);
        draft.setDepartment("Finance");
        draft.setInfluence(5);
        draft.setInterest(3);
        draft.setStance(stance);
        return new Stakeholder(of, draft, null, TODAY.minusMonths(1));
    }

    @Test
    void should_open_a_round_for_the_members_at_the_opening_and_a_few_stakeholders_of_the_coalition() {
        Stakeholder clara = stakeholder(coalition, "Clara", Stance.SUPPORTER);
        RatingRound round = RatingRound.open(coalition, bob, List.of(clara, clara), List.of(bob, alice), Instant.now());
        assertTrue(round.isOpen());
        assertEquals(1, round.getStakeholderCount(), "a stakeholder once");
        assertEquals(2, round.getRaterCount());
        assertEquals(2, round.ratingsExpected());
        assertNull(round.getStakeholders().get(0).outcome(), "no outcome while open");

        var empty = assertThrows(
                Refused.Argument.class, () -> RatingRound.open(coalition, bob, List.of(), List.of(bob), Instant.now()));
        assertEquals(Refusal.RATING_ROUND_EMPTY, empty.refusal());
        Coalition other = new Coalition(
                new CoalitionDraft("Other", "Else", TODAY.plusMonths(3)), "bob", "Engineering", Instant.now());
        var foreign = assertThrows(
                Refused.Argument.class,
                () -> RatingRound.open(
                        coalition,
                        bob,
                        List.of(clara, stakeholder(other, "Olga", Stance.NEUTRAL)),
                        List.of(bob),
                        Instant.now()));
        assertEquals(Refusal.RATING_ROUND_OTHER_COALITION, foreign.refusal());
        List<Stakeholder> many = new ArrayList<>();
        for (int i = 0; i <= RatingRound.MAX_STAKEHOLDERS; i++) {
            many.add(stakeholder(coalition, "S" + i, Stance.NEUTRAL));
        }
        var tooMany = assertThrows(
                Refused.Argument.class, () -> RatingRound.open(coalition, bob, many, List.of(bob), Instant.now()));
        assertEquals(Refusal.RATING_ROUND_TOO_LARGE, tooMany.refusal());
        assertEquals(RatingRound.MAX_STAKEHOLDERS, tooMany.arguments()[0]);
        assertEquals(
                RatingRound.MAX_STAKEHOLDERS,
                RatingRound.open(
                                coalition,
                                bob,
                                many.subList(0, RatingRound.MAX_STAKEHOLDERS),
                                List.of(bob),
                                Instant.now())
                        .getStakeholderCount(),
                "exactly the maximum is fine");
    }

    @Test
    void should_keep_each_stakeholders_outcome_against_the_stance_recorded_at_the_close_and_close_once() {
        Stakeholder clara = stakeholder(coalition, "Clara", Stance.SUPPORTER);
        RatingRound round = RatingRound.open(coalition, bob, List.of(clara), List.of(bob, alice), Instant.now());
        Map<Long, List<Stance>> ratings = new HashMap<>();
        ratings.put(clara.getId(), List.of(Stance.SKEPTIC, Stance.SUPPORTER)); // ids are null before persisting
        Instant at = TODAY.atStartOfDay(java.time.ZoneId.systemDefault())
                .plusHours(10)
                .toInstant();
        round.close("alice", at, ratings);
        assertFalse(round.isOpen());
        assertEquals("alice", round.getClosedBy());
        RatedStakeholder rated = round.getStakeholders().get(0);
        assertTrue(rated.isFlagged(), "supporter and skeptic: wide");
        assertEquals(TODAY, rated.getClosedOn());
        assertEquals(RatingOutcome.of(List.of(Stance.SKEPTIC, Stance.SUPPORTER), Stance.SUPPORTER), rated.outcome());
        var again = assertThrows(Refused.State.class, () -> round.close(null, at, ratings));
        assertEquals(Refusal.RATING_ROUND_CLOSED, again.refusal());
        assertThrows(Refused.State.class, round::requireOpen);
    }
}
