package org.coalition.api.network;

import org.coalition.network.InfluenceKind;
import org.coalition.network.InfluenceLinkDraft;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A link as a client sends it: who has whose ear (a stakeholder by id, or a member by user name), kind, strength 1–3,
 * note. When a link is changed, only kind, strength and note count.
 */
@Schema(description = "An influence link to record or change")
public record InfluenceLinkInput(
        Long fromStakeholderId,
        String fromMember,
        Long toStakeholderId,
        InfluenceKind kind,
        Integer strength,
        String note) {

    public InfluenceLinkDraft toDraft() {
        return new InfluenceLinkDraft(
                fromStakeholderId, fromMember, toStakeholderId, kind, strength == null ? 0 : strength, note);
    }
}
