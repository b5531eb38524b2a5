package org.coalition.coalition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoalitionDraftTest {

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

    private static Set<String> messages(CoalitionDraft draft) {
        return validator.validate(draft).stream().map(v -> v.getMessage()).collect(Collectors.toSet());
    }

    @Test
    void should_accept_a_complete_draft_due_today() {
        assertTrue(messages(new CoalitionDraft("Flexible work hours", "Core hours 10-15", LocalDate.now()))
                .isEmpty());
    }

    @Test
    void should_ask_for_a_name_when_it_is_blank() {
        assertEquals(
                Set.of("Give the coalition a name."),
                messages(new CoalitionDraft(
                        "   ", "An objective", LocalDate.now().plusDays(30))));
    }

    @Test
    void should_refuse_a_ten_thousand_character_objective() {
        assertEquals(
                Set.of("The objective can be at most 2,000 characters."),
                messages(new CoalitionDraft(
                        "Name", "x".repeat(10_000), LocalDate.now().plusDays(30))));
    }

    @Test
    void should_accept_an_objective_of_exactly_the_maximum_length() {
        assertTrue(messages(new CoalitionDraft(
                        "Name",
                        "x".repeat(CoalitionDraft.OBJECTIVE_MAX),
                        LocalDate.now().plusDays(1)))
                .isEmpty());
    }

    @Test
    void should_refuse_a_target_date_in_the_past() {
        assertEquals(
                Set.of("The target date cannot be in the past."),
                messages(new CoalitionDraft("Name", "Objective", LocalDate.now().minusDays(1))));
    }

    @Test
    void should_report_every_missing_field_at_once() {
        assertEquals(
                Set.of("Give the coalition a name.", "State the shared objective.", "Choose a target date."),
                messages(new CoalitionDraft()));
    }
}
