package org.coalition.commitment;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a form or the API says about a new promise: who promised (a member's user name; the caller when left empty), to
 * whom (a stakeholder, or a member by user name), what, by when, and from which one-on-one (optional; its day is the
 * day the promise was made, else today).
 */
public class CommitmentDraft {

    @Size(max = 100, message = "{CommitmentDraft.userName100Characters}")
    private String promisedBy;

    private Long toStakeholderId;

    @Size(max = 100, message = "{CommitmentDraft.userName100Characters}")
    private String toMember;

    private Long conversationId;

    @NotBlank(message = "{Commitment.sayWhat}")
    @Size(max = Commitment.WHAT_MAX, message = "{Commitment.what500Characters}")
    private String what;

    @NotNull(message = "{Commitment.sayByWhen}")
    private LocalDate dueOn;

    public CommitmentDraft() {}

    public CommitmentDraft(
            String promisedBy,
            Long toStakeholderId,
            String toMember,
            Long conversationId,
            String what,
            LocalDate dueOn) {
        this.promisedBy = promisedBy;
        this.toStakeholderId = toStakeholderId;
        this.toMember = toMember;
        this.conversationId = conversationId;
        this.what = what;
        this.dueOn = dueOn;
    }

    /** Exactly one side received the promise: a stakeholder or a member. */
    @AssertTrue(message = "{Commitment.chooseToWhom}")
    public boolean isToOneSide() {
        return (toStakeholderId == null) != (toMember == null || toMember.isBlank());
    }

    public String getPromisedBy() {
        return promisedBy;
    }

    public void setPromisedBy(String promisedBy) {
        this.promisedBy = promisedBy;
    }

    public Long getToStakeholderId() {
        return toStakeholderId;
    }

    public void setToStakeholderId(Long toStakeholderId) {
        this.toStakeholderId = toStakeholderId;
    }

    public String getToMember() {
        return toMember;
    }

    public void setToMember(String toMember) {
        this.toMember = toMember;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public void setConversationId(Long conversationId) {
        this.conversationId = conversationId;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
