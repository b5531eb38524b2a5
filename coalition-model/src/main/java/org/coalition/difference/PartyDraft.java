package org.coalition.difference;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.coalition.shared.Refusal;
import org.coalition.shared.Refused;

/** One side of a difference as a member records it: who (a stakeholder or a member), their position and interest. */
public class PartyDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long stakeholderId;

    /** A person's id; they must belong to the coalition. */
    private Long memberId;

    @NotBlank(message = "{DifferenceParty.writeDownTheirPosition}")
    @Size(max = 1000, message = "{DifferenceParty.position1000Characters}")
    private String position;

    @Size(max = 1000, message = "{DifferenceParty.interest1000Characters}")
    private String interest;

    public PartyDraft() {}

    public static PartyDraft stakeholder(long stakeholderId, String position, String interest) {
        PartyDraft draft = new PartyDraft();
        draft.stakeholderId = stakeholderId;
        draft.position = position;
        draft.interest = interest;
        return draft;
    }

    public static PartyDraft member(long personId, String position, String interest) {
        PartyDraft draft = new PartyDraft();
        draft.memberId = personId;
        draft.position = position;
        draft.interest = interest;
        return draft;
    }

    /**
     * A party from a {@link PartyCandidate#key()} as a page submits it.
     *
     * @throws IllegalArgumentException when the key is not one a candidate would have
     */
    public static PartyDraft forKey(String key, String position, String interest) {
        if (key == null || key.length() < 2 || (key.charAt(0) != 's' && key.charAt(0) != 'm')) {
            throw new Refused.Argument(Refusal.CHOOSE_PARTY_WHO);
        }
        long id;
        try {
            id = Long.parseLong(key.substring(1));
        } catch (NumberFormatException e) {
            throw new Refused.Argument(Refusal.CHOOSE_PARTY_WHO, e);
        }
        return key.charAt(0) == 's' ? stakeholder(id, position, interest) : member(id, position, interest);
    }

    @AssertTrue(message = "{PartyDraft.chooseWhoTakesThis}")
    public boolean isOneParty() {
        return (stakeholderId == null) != (memberId == null);
    }

    public Long getStakeholderId() {
        return stakeholderId;
    }

    public void setStakeholderId(Long stakeholderId) {
        this.stakeholderId = stakeholderId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getInterest() {
        return interest;
    }

    public void setInterest(String interest) {
        this.interest = interest;
    }
}
