package org.coalition.network;

import java.time.Instant;

/**
 * One link as a list shows it: who (a stakeholder or a member) has whose ear, of what kind, how strongly, and the
 * note only for those who may read notes.
 */
public record InfluenceLinkRow(
        long id,
        long version,
        Long fromStakeholderId,
        String fromStakeholderName,
        Long fromPersonId,
        String fromMemberName,
        long toStakeholderId,
        String toStakeholderName,
        InfluenceKind kind,
        int strength,
        String note,
        String recordedBy,
        Instant recordedAt)
        implements java.io.Serializable {

    /** Who has the ear: the stakeholder's name, else the member's. */
    public String fromName() {
        return fromStakeholderId != null ? fromStakeholderName : fromMemberName;
    }

    public boolean fromMember() {
        return fromStakeholderId == null;
    }

    public InfluenceGraph.Ref from() {
        return fromStakeholderId != null
                ? InfluenceGraph.Ref.stakeholder(fromStakeholderId)
                : InfluenceGraph.Ref.member(fromPersonId);
    }

    /** The same without its note, for those who may not read notes. */
    public InfluenceLinkRow withoutNote() {
        return new InfluenceLinkRow(
                id,
                version,
                fromStakeholderId,
                fromStakeholderName,
                fromPersonId,
                fromMemberName,
                toStakeholderId,
                toStakeholderName,
                kind,
                strength,
                null,
                recordedBy,
                recordedAt);
    }
}
