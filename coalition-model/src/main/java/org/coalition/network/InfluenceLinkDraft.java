package org.coalition.network;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a form or the API says about a link: who has whose ear (a stakeholder, or a member by their user name), of
 * what kind, how strongly, with a note. When a link is changed, only kind, strength and note count.
 */
public class InfluenceLinkDraft {

    private Long fromStakeholderId;

    @Size(max = 100, message = "{InfluenceLinkDraft.userName100Characters}")
    private String fromMember;

    @NotNull(message = "{InfluenceLink.chooseWhoIsInfluenced}")
    private Long toStakeholderId;

    @NotNull(message = "{InfluenceLink.chooseKind}")
    private InfluenceKind kind = InfluenceKind.TRUSTED_PEER;

    @Min(value = InfluenceLink.WEAKEST, message = "{InfluenceLink.strengthFrom1To3}")
    @Max(value = InfluenceLink.STRONGEST, message = "{InfluenceLink.strengthFrom1To3}")
    private int strength = 2;

    @Size(max = InfluenceLink.NOTE_MAX, message = "{InfluenceLink.note1000Characters}")
    private String note;

    public InfluenceLinkDraft() {}

    public InfluenceLinkDraft(
            Long fromStakeholderId,
            String fromMember,
            Long toStakeholderId,
            InfluenceKind kind,
            int strength,
            String note) {
        this.fromStakeholderId = fromStakeholderId;
        this.fromMember = fromMember;
        this.toStakeholderId = toStakeholderId;
        this.kind = kind;
        this.strength = strength;
        this.note = note;
    }

    /** Exactly one side influences: a stakeholder or a member. */
    @AssertTrue(message = "{InfluenceLink.chooseWhoInfluences}")
    public boolean isFromOneSide() {
        return (fromStakeholderId == null) != (fromMember == null || fromMember.isBlank());
    }

    public Long getFromStakeholderId() {
        return fromStakeholderId;
    }

    public void setFromStakeholderId(Long fromStakeholderId) {
        this.fromStakeholderId = fromStakeholderId;
    }

    public String getFromMember() {
        return fromMember;
    }

    public void setFromMember(String fromMember) {
        this.fromMember = fromMember;
    }

    public Long getToStakeholderId() {
        return toStakeholderId;
    }

    public void setToStakeholderId(Long toStakeholderId) {
        this.toStakeholderId = toStakeholderId;
    }

    public InfluenceKind getKind() {
        return kind;
    }

    public void setKind(InfluenceKind kind) {
        this.kind = kind;
    }

    public int getStrength() {
        return strength;
    }

    public void setStrength(int strength) {
        this.strength = strength;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
