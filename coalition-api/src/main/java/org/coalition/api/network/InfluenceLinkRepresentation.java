package org.coalition.api.network;

import java.time.Instant;
import org.coalition.network.InfluenceKind;
import org.coalition.network.InfluenceLink;
import org.coalition.network.InfluenceLinkRow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link: who (a stakeholder or a member) has whose ear; the note only for those who may read notes. */
@Schema(description = "An influence link")
public record InfluenceLinkRepresentation(
        long id,
        long version,
        Long fromStakeholderId,
        String fromMember,
        String fromName,
        long toStakeholderId,
        String toName,
        InfluenceKind kind,
        int strength,
        String note,
        String recordedBy,
        Instant recordedAt) {

    public static InfluenceLinkRepresentation of(InfluenceLinkRow row) {
        return new InfluenceLinkRepresentation(
                row.id(),
                row.version(),
                row.fromStakeholderId(),
                null,
                row.fromName(),
                row.toStakeholderId(),
                row.toStakeholderName(),
                row.kind(),
                row.strength(),
                row.note(),
                row.recordedBy(),
                row.recordedAt());
    }

    /** A link its editor just wrote (an editor may read notes). */
    public static InfluenceLinkRepresentation of(InfluenceLink link) {
        boolean member = link.getFromStakeholder() == null;
        return new InfluenceLinkRepresentation(
                link.getId(),
                link.getVersion(),
                member ? null : link.getFromStakeholder().getId(),
                member ? link.getFromMember().getUsername() : null,
                member
                        ? link.getFromMember().getDisplayName()
                        : link.getFromStakeholder().getName(),
                link.getToStakeholder().getId(),
                link.getToStakeholder().getName(),
                link.getKind(),
                link.getStrength(),
                link.getNote(),
                link.getRecordedBy(),
                link.getRecordedAt());
    }
}
