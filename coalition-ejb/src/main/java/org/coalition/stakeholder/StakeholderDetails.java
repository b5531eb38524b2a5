package org.coalition.stakeholder;

import java.util.List;
import java.util.Set;
import org.coalition.access.CoalitionAction;
import org.coalition.engagement.Conversation;
import org.coalition.engagement.MotivationProfileEntry;

/**
 * A stakeholder as one viewer may see them. {@code notes}, {@code conversations} and
 * {@code motivationProfile} are empty unless the viewer may read notes (sponsors and members). The
 * stance history and conversations are the newest ones asked for, newest first; {@code moreStanceHistory}
 * and {@code moreConversations} say whether there are older ones.
 */
public record StakeholderDetails(
        long coalitionId,
        Stakeholder stakeholder,
        String notes,
        boolean verified,
        List<StanceChange> stanceHistory,
        boolean moreStanceHistory,
        List<Conversation> conversations,
        boolean moreConversations,
        List<MotivationProfileEntry> motivationProfile,
        Set<CoalitionAction> allowed)
        implements java.io.Serializable {

    public boolean may(CoalitionAction action) {
        return allowed.contains(action);
    }
}
