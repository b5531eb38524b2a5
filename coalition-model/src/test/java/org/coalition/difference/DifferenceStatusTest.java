package org.coalition.difference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DifferenceStatusTest {

    private static UnaryOperator<DifferenceStatus> step(String name) {
        return switch (name) {
            case "discuss" -> DifferenceStatus::startDiscussion;
            case "resolve" -> DifferenceStatus::resolve;
            case "reopen" -> DifferenceStatus::reopen;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
        "OPEN,          discuss, IN_DISCUSSION",
        "OPEN,          resolve, RESOLVED",
        "IN_DISCUSSION, resolve, RESOLVED",
        "RESOLVED,      reopen,  OPEN",
    })
    void should_allow_the_steps_of_the_method(DifferenceStatus from, String step, DifferenceStatus to) {
        assertEquals(to, step(step).apply(from));
    }

    @ParameterizedTest(name = "{0} --{1}--> refused: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "IN_DISCUSSION | discuss | This difference is already being discussed.",
                "RESOLVED      | discuss | This difference has been resolved; reopen it to discuss it again.",
                "RESOLVED      | resolve | This difference has already been resolved.",
                "OPEN          | reopen  | This difference is still unresolved; there is nothing to reopen.",
                "IN_DISCUSSION | reopen  | This difference is still unresolved; there is nothing to reopen.",
            })
    void should_refuse_other_steps_with_a_message(DifferenceStatus from, String step, String message) {
        assertEquals(
                message,
                assertThrows(IllegalStateException.class, () -> step(step).apply(from))
                        .getMessage());
    }
}
