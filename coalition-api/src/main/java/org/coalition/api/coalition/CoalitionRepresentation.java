package org.coalition.api.coalition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionListing;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.MemberListing;
import org.coalition.coalition.Phase;

/**
 * A coalition as the caller may see it: its basics, the caller's role, what the caller may do there (from the
 * one access table), and its people.
 */
public record CoalitionRepresentation(
        long id,
        long version,
        String name,
        String objective,
        LocalDate targetDate,
        Phase phase,
        String leadDepartment,
        String createdBy,
        Instant createdAt,
        CoalitionRole yourRole,
        Set<CoalitionAction> allowedActions,
        List<Member> people) {

    /** One person with a role in the coalition. */
    public record Member(String username, String displayName, String department, CoalitionRole role) {

        static Member of(MemberListing m) {
            return new Member(m.username(), m.displayName(), m.department(), m.role());
        }
    }

    /** One row of the caller's coalition list. */
    public record Summary(
            long id,
            String name,
            String objective,
            LocalDate targetDate,
            Phase phase,
            String leadDepartment,
            CoalitionRole yourRole) {

        static Summary of(CoalitionListing c) {
            return new Summary(
                    c.id(), c.name(), c.objective(), c.targetDate(), c.phase(), c.leadDepartment(), c.role());
        }
    }

    static CoalitionRepresentation of(CoalitionOverview overview) {
        Coalition c = overview.coalition();
        return new CoalitionRepresentation(
                c.getId(),
                c.getVersion(),
                c.getName(),
                c.getObjective(),
                c.getTargetDate(),
                c.getPhase(),
                c.getLeadDepartment(),
                c.getCreatedBy(),
                c.getCreatedAt(),
                overview.viewerRole(),
                new TreeSet<>(overview.allowed()),
                overview.people().stream().map(Member::of).toList());
    }
}
