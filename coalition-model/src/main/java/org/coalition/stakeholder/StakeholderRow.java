package org.coalition.stakeholder;

import java.time.LocalDate;
import java.util.Set;

/** One line of the stakeholder register or one dot on the map: no private fields. */
public record StakeholderRow(
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
        LocalDate lastConversationOn,
        String ownerName,
        boolean verified)
        implements java.io.Serializable {

    /** For queries: verification is computed afterwards, in Java, from the two dates. */
    public StakeholderRow(
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
            LocalDate lastConversationOn,
            String ownerName) {
        this(
                id,
                name,
                title,
                level,
                department,
                influence,
                interest,
                resources,
                stance,
                stanceSince,
                lastConversationOn,
                ownerName,
                false);
    }

    public Quadrant quadrant() {
        return Quadrant.of(influence, interest);
    }

    public StakeholderRow withVerification(Verification rule, LocalDate today) {
        return new StakeholderRow(
                id,
                name,
                title,
                level,
                department,
                influence,
                interest,
                resources,
                stance,
                stanceSince,
                lastConversationOn,
                ownerName,
                rule.isVerified(lastConversationOn, stanceSince, today));
    }
}
