package org.coalition.commitment;

import java.time.LocalDate;

/**
 * One promise as a list shows it: who promised whom (a stakeholder or a member) what, by when, from which one-on-one,
 * and where it stands on the day it was read. {@code what} only for those who may read notes (it comes from a private
 * conversation).
 */
public record CommitmentRow(
        long id,
        long version,
        long promisedById,
        String promisedByUsername,
        String promisedByName,
        Long toStakeholderId,
        String toStakeholderName,
        Integer toStakeholderInfluence,
        Long toPersonId,
        String toMemberName,
        Long conversationId,
        String what,
        LocalDate madeOn,
        LocalDate dueOn,
        CommitmentOutcome outcome,
        LocalDate settledOn,
        CommitmentStatus status)
        implements java.io.Serializable {

    /** The row as JPQL reads it, its status on {@code today}. */
    public CommitmentRow(
            long id,
            long version,
            long promisedById,
            String promisedByUsername,
            String promisedByName,
            Long toStakeholderId,
            String toStakeholderName,
            Integer toStakeholderInfluence,
            Long toPersonId,
            String toMemberName,
            Long conversationId,
            String what,
            LocalDate madeOn,
            LocalDate dueOn,
            CommitmentOutcome outcome,
            LocalDate settledOn,
            LocalDate today) {
        this(
                id,
                version,
                promisedById,
                promisedByUsername,
                promisedByName,
                toStakeholderId,
                toStakeholderName,
                toStakeholderInfluence,
                toPersonId,
                toMemberName,
                conversationId,
                what,
                madeOn,
                dueOn,
                outcome,
                settledOn,
                CommitmentStatus.of(outcome, dueOn, today));
    }

    /** To whom: the stakeholder's name, else the member's. */
    public String toName() {
        return toStakeholderId != null ? toStakeholderName : toMemberName;
    }

    public boolean toMember() {
        return toStakeholderId == null;
    }

    /** Whether the caller may mark it: their own promise, or anyone's for those who may mark all. */
    public boolean promisedBy(String username) {
        return promisedByUsername.equals(username);
    }

    /** The same without what was promised, for those who may not read notes. */
    public CommitmentRow withoutWhat() {
        return new CommitmentRow(
                id,
                version,
                promisedById,
                promisedByUsername,
                promisedByName,
                toStakeholderId,
                toStakeholderName,
                toStakeholderInfluence,
                toPersonId,
                toMemberName,
                conversationId,
                null,
                madeOn,
                dueOn,
                outcome,
                settledOn,
                status);
    }
}
