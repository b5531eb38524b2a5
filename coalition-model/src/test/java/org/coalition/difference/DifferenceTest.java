package org.coalition.difference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.coalition.people.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DifferenceTest {

    private static final Instant OPENED = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-10T09:00:00Z");
    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static Difference difference() {
        return new Difference(null, "  Core hours  ", " ", "Bob Baker", OPENED);
    }

    @Test
    void should_open_with_the_creation_as_last_activity() {
        Difference d = difference();
        assertEquals("Core hours", d.getTopic());
        assertNull(d.getDescription());
        assertEquals(DifferenceStatus.OPEN, d.getStatus());
        assertEquals(OPENED, d.getLastActivityAt());
    }

    @Test
    void should_move_the_last_activity_with_every_change() {
        Difference d = difference();
        d.addParty(
                new Person("tom", "Tom Becker", "tom@example.com", "Engineering"),
                "Focus time",
                "Fewer interruptions",
                LATER);
        assertEquals(LATER, d.getLastActivityAt());
        assertEquals("Tom Becker", d.getParties().get(0).name());
    }

    @ParameterizedTest(name = "decision \"{0}\", rationale \"{1}\" -> refused")
    @CsvSource({
        "'Core hours 10-15', ''",
        "'Core hours 10-15', '   '",
        "'',                 'Because'",
        ",                   'Because'",
        "'Core hours 10-15', ",
    })
    void should_refuse_a_resolution_without_decision_or_rationale(String decision, String rationale) {
        Difference d = difference();
        assertThrows(IllegalArgumentException.class, () -> d.resolve(decision, rationale, null, "Alice Adams", LATER));
        assertEquals(DifferenceStatus.OPEN, d.getStatus());
    }

    @Test
    void should_keep_dissent_on_record_and_clear_the_decision_when_reopened() {
        Difference d = difference();
        d.resolve(
                "Core hours 10-15",
                "Both teams keep four shared hours",
                "Sales still prefers 9-17",
                "Alice Adams",
                LATER);
        assertEquals(DifferenceStatus.RESOLVED, d.getStatus());
        assertEquals("Sales still prefers 9-17", d.getDissent());
        assertThrows(IllegalStateException.class, () -> d.recordOptions("More", LATER));

        d.reopen(LATER.plusSeconds(60));
        assertEquals(DifferenceStatus.OPEN, d.getStatus());
        assertNull(d.getDecision());
        assertNull(d.getDissent());
    }

    @Test
    void should_explain_what_is_wrong_with_a_party() {
        Set<String> messages = validator.validate(new PartyDraft()).stream()
                .map(v -> v.getMessage())
                .collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "Write down their position.",
                        "Choose who takes this position: a stakeholder or a member of the coalition."),
                messages);
    }

    @ParameterizedTest(name = "key {0} -> stakeholder {1}, member {2}")
    @CsvSource({
        "s12, 12, ",
        "m7,    , 7",
    })
    void should_read_a_party_from_its_key(String key, Long stakeholderId, Long memberId) {
        PartyDraft draft = PartyDraft.forKey(key, "Position", null);
        assertEquals(stakeholderId, draft.getStakeholderId());
        assertEquals(memberId, draft.getMemberId());
    }

    @ParameterizedTest
    @CsvSource({"x12", "s", "sabc", "''"})
    void should_refuse_a_key_no_candidate_has(String key) {
        assertThrows(IllegalArgumentException.class, () -> PartyDraft.forKey(key, "Position", null));
    }
}
