package org.coalition.api.stakeholder;

import java.util.EnumSet;
import java.util.Set;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.Stance;

/**
 * What a caller sends to add or replace a stakeholder; the service validates it. A changed stance needs a
 * {@code stanceReason}; {@code relationshipOwner} is a user name of one of the coalition's sponsors or members.
 */
public record StakeholderInput(
        String name,
        String title,
        Level level,
        String department,
        Integer influence,
        Integer interest,
        Set<Resource> resources,
        Stance stance,
        String stanceReason,
        String relationshipOwner,
        String ssoUsername,
        String notes) {

    StakeholderDraft toDraft() {
        StakeholderDraft draft = new StakeholderDraft();
        draft.setName(name);
        draft.setTitle(title);
        draft.setLevel(level);
        draft.setDepartment(department);
        // absent ratings are out of range, so the service names them
        draft.setInfluence(influence == null ? 0 : influence);
        draft.setInterest(interest == null ? 0 : interest);
        draft.setResources(
                resources == null || resources.isEmpty() ? EnumSet.noneOf(Resource.class) : EnumSet.copyOf(resources));
        draft.setStance(stance);
        draft.setStanceReason(stanceReason);
        draft.setRelationshipOwner(relationshipOwner);
        draft.setSsoUsername(ssoUsername);
        draft.setNotes(notes);
        return draft;
    }
}
