package org.coalition.network;

import org.coalition.coalition.Phase;
import org.coalition.stakeholder.Stance;

/**
 * One person's part in one coalition: as a sponsor, member or observer (with their user name), or as a
 * stakeholder (with their stance, and their user name when it is known).
 *
 * @param role sponsor, member, observer or stakeholder
 */
public record Participation(
        long coalitionId,
        String coalitionName,
        Phase phase,
        String username,
        String name,
        String department,
        String role,
        Stance stance) {

    /** Who this is across coalitions: the user name when known, else name and department. */
    String personKey() {
        return username != null && !username.isBlank()
                ? "u:" + username
                : "n:" + name.strip().toLowerCase(java.util.Locale.ROOT) + "|"
                        + (department == null ? "" : department.strip().toLowerCase(java.util.Locale.ROOT));
    }

    boolean supportive() {
        return stance == Stance.SUPPORTER
                || stance == Stance.CHAMPION
                || !"stakeholder".equals(role) && !"observer".equals(role);
    }
}
