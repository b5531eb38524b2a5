package org.coalition.api.stakeholder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StakeholderDetails;
import org.coalition.stakeholder.StakeholderRow;
import org.coalition.stakeholder.Stance;

/**
 * A stakeholder as the caller may see them. {@code notes} is null unless the caller may read notes (sponsors and
 * members): the service leaves it out for observers, and so does the API.
 */
public record StakeholderRepresentation(
        long id,
        long version,
        long coalitionId,
        String name,
        String title,
        Level level,
        String department,
        int influence,
        int interest,
        Set<Resource> resources,
        Stance stance,
        LocalDate stanceSince,
        boolean verified,
        LocalDate lastConversationOn,
        String relationshipOwner,
        String ssoUsername,
        String notes,
        List<StanceChange> stanceHistory) {

    /** One entry of the stance history, newest first. */
    public record StanceChange(Stance from, Stance to, Instant changedAt, String changedBy, String reason) {}

    /** One row of the register: the public fields only. */
    public record Summary(
            long id,
            String name,
            String title,
            Level level,
            String department,
            int influence,
            int interest,
            Set<Resource> resources,
            Stance stance,
            LocalDate stanceSince,
            boolean verified,
            LocalDate lastConversationOn,
            String ownerName) {

        static Summary of(StakeholderRow r) {
            return new Summary(
                    r.id(),
                    r.name(),
                    r.title(),
                    r.level(),
                    r.department(),
                    r.influence(),
                    r.interest(),
                    new TreeSet<>(r.resources()),
                    r.stance(),
                    r.stanceSince(),
                    r.verified(),
                    r.lastConversationOn(),
                    r.ownerName());
        }
    }

    static StakeholderRepresentation of(StakeholderDetails details) {
        Stakeholder s = details.stakeholder();
        return new StakeholderRepresentation(
                s.getId(),
                s.getVersion(),
                details.coalitionId(),
                s.getName(),
                s.getTitle(),
                s.getLevel(),
                s.getDepartment(),
                s.getInfluence(),
                s.getInterest(),
                new TreeSet<>(s.getResources()),
                s.getStance(),
                s.getStanceSince(),
                details.verified(),
                s.getLastConversationOn(),
                s.getRelationshipOwner() == null
                        ? null
                        : s.getRelationshipOwner().getUsername(),
                s.getSsoUsername(),
                details.notes(),
                details.stanceHistory().stream()
                        .map(h -> new StanceChange(
                                h.getFrom(), h.getTo(), h.getChangedAt(), h.getChangedBy(), h.getReason()))
                        .toList());
    }
}
