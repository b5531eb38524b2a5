package org.coalition.api.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coalition.access.AccessDeniedException;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionRole;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.NotFoundException;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.Refusal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** A refused API call names its refusal by a stable problem type, with its values, and the OpenAPI document lists them. */
class ProblemTypesTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void should_answer_a_refusal_with_its_own_problem_type_and_its_values() {
        Problem problem = mapper.problem(new AccessDeniedException(Refusal.ONLY_SPONSOR_DECIDES));
        assertEquals("urn:coalition:problem:only-sponsor-decides", problem.type());
        assertEquals(403, problem.status());
        assertEquals("Not allowed", problem.title());
        assertEquals("Only an executive sponsor may approve or reject milestones.", problem.detail());
        assertEquals(List.of(), problem.arguments());
    }

    @Test
    void should_give_enum_values_by_their_constant_and_numbers_as_numbers() {
        Problem denied = mapper.problem(new AccessDeniedException(
                Refusal.ROLE_MAY_NOT, CoalitionRole.OBSERVER, CoalitionAction.DECIDE_MILESTONE));
        assertEquals("urn:coalition:problem:role-may-not", denied.type());
        assertEquals(List.of("OBSERVER", "DECIDE_MILESTONE"), denied.arguments());
        assertEquals("As observer of this coalition you may not approve or reject milestones.", denied.detail());

        Problem missing = mapper.problem(new jakarta.ejb.EJBException(new NotFoundException(Refusal.NO_TASK, 42L)));
        assertEquals("urn:coalition:problem:no-task", missing.type());
        assertEquals(404, missing.status());
        assertEquals(List.of(42L), missing.arguments());

        Problem stale = mapper.problem(new ConcurrentEditException(Refusal.Subject.TASK));
        assertEquals("urn:coalition:problem:concurrent-edit", stale.type());
        assertEquals(409, stale.status());
        assertEquals(List.of("TASK"), stale.arguments());

        Problem rule = mapper.problem(new RuleViolationException(Refusal.NOT_EXECUTIVE, "Erin Eastwood"));
        assertEquals(422, rule.status());
        assertEquals("Erin Eastwood is not an executive: only executives can be sponsors.", rule.detail());
    }

    @Test
    void should_give_no_arguments_for_problems_that_are_not_refusals() {
        assertNull(mapper.problem(new IllegalStateException("boom")).arguments());
    }

    @Test
    void should_list_every_refusal_among_the_problem_types_of_the_openapi_document() throws NoSuchMethodException {
        Schema type = Problem.class.getDeclaredMethod("type").getAnnotation(Schema.class);
        Set<String> listed = new TreeSet<>(Arrays.asList(type.enumeration()));
        Set<String> refusals = new TreeSet<>();
        for (Refusal refusal : Refusal.values()) {
            refusals.add(refusal.problemType());
        }
        Set<String> missing = new TreeSet<>(refusals);
        missing.removeAll(listed);
        assertTrue(missing.isEmpty(), "not in the OpenAPI document: " + missing);
        assertTrue(
                listed.containsAll(Set.of("validation", "unauthorized", "forbidden", "not-found", "stale")),
                listed.toString());
    }
}
