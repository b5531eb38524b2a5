package org.coalition.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.coalition.coalition.Coalition;
import org.coalition.engagement.Conversation;
import org.coalition.people.Person;
import org.coalition.shared.BaseEntity;
import org.coalition.shared.Refusal;
import org.coalition.shared.Refused;
import org.coalition.stakeholder.Stakeholder;

/**
 * A promise made in a one-on-one or a sync: a member of the coalition promised a stakeholder (or another member)
 * something by a date, perhaps in a recorded conversation. Someone later marks it kept or broken, with the day; until
 * then it is open, and overdue once its date has passed ({@link CommitmentStatus}). Who promised what to whom never
 * changes; the outcome may be corrected.
 */
@Entity
@Table(name = "commitment")
public class Commitment extends BaseEntity {

    public static final int WHAT_MAX = 500;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coalition_id", nullable = false, updatable = false)
    private Coalition coalition;

    @NotNull(message = "{Commitment.choosePromiser}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "promised_by_id", nullable = false, updatable = false)
    private Person promisedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_stakeholder_id", updatable = false)
    private Stakeholder toStakeholder;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_person_id", updatable = false)
    private Person toMember;

    /** The one-on-one it was promised in, if it was recorded. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "conversation_id", updatable = false)
    private Conversation conversation;

    @NotBlank(message = "{Commitment.sayWhat}")
    @Size(max = WHAT_MAX, message = "{Commitment.what500Characters}")
    @Column(nullable = false, updatable = false)
    private String what;

    @NotNull
    @Column(name = "made_on", nullable = false, updatable = false)
    private LocalDate madeOn;

    @NotNull(message = "{Commitment.sayByWhen}")
    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private CommitmentOutcome outcome;

    @Column(name = "settled_on")
    private LocalDate settledOn;

    @NotBlank
    @Size(max = 100)
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @NotNull
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Commitment() {
        // for JPA
    }

    private Commitment(
            Coalition coalition,
            Person promisedBy,
            Stakeholder toStakeholder,
            Person toMember,
            String what,
            LocalDate madeOn,
            LocalDate dueOn,
            String recordedBy,
            Instant recordedAt) {
        if (dueOn != null && madeOn != null && dueOn.isBefore(madeOn)) {
            throw new Refused.Argument(Refusal.COMMITMENT_DUE_BEFORE_MADE);
        }
        if (toMember != null && toMember.equals(promisedBy)) {
            throw new Refused.Argument(Refusal.COMMITMENT_TO_SELF);
        }
        this.coalition = coalition;
        this.promisedBy = promisedBy;
        this.toStakeholder = toStakeholder;
        this.toMember = toMember;
        this.what = what == null ? null : what.strip();
        this.madeOn = madeOn;
        this.dueOn = dueOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /**
     * A member promised a stakeholder something, on {@code madeOn}, due by {@code dueOn}.
     *
     * @throws Refused.Argument when it would be due before it was made
     */
    public static Commitment toStakeholder(
            Person promisedBy,
            Stakeholder to,
            String what,
            LocalDate madeOn,
            LocalDate dueOn,
            String recordedBy,
            Instant recordedAt) {
        return new Commitment(to.getCoalition(), promisedBy, to, null, what, madeOn, dueOn, recordedBy, recordedAt);
    }

    /**
     * A member promised another member of the same coalition something.
     *
     * @throws Refused.Argument when it would be due before it was made, or promised to oneself
     */
    public static Commitment toMember(
            Coalition coalition,
            Person promisedBy,
            Person to,
            String what,
            LocalDate madeOn,
            LocalDate dueOn,
            String recordedBy,
            Instant recordedAt) {
        return new Commitment(coalition, promisedBy, null, to, what, madeOn, dueOn, recordedBy, recordedAt);
    }

    /** Says in which one-on-one it was promised (a conversation with the stakeholder it was promised to). */
    public Commitment promisedIn(Conversation conversation) {
        if (conversation != null
                && (toStakeholder == null || !conversation.getStakeholder().equals(toStakeholder))) {
            throw new Refused.Argument(Refusal.COMMITMENT_OTHER_CONVERSATION);
        }
        this.conversation = conversation;
        return this;
    }

    /**
     * Marks the promise kept or broken on {@code on}: not before it was made, not after {@code today}. Marking it again
     * corrects the outcome.
     *
     * @throws Refused.Argument when the day lies before the promise or in the future
     */
    public void settle(CommitmentOutcome outcome, LocalDate on, LocalDate today) {
        if (outcome == null || on == null) {
            throw new Refused.Argument(Refusal.COMMITMENT_OUTCOME_NEEDS_DATE);
        }
        if (on.isBefore(madeOn)) {
            throw new Refused.Argument(Refusal.COMMITMENT_SETTLED_BEFORE_MADE, madeOn);
        }
        if (on.isAfter(today)) {
            throw new Refused.Argument(Refusal.COMMITMENT_SETTLED_IN_FUTURE);
        }
        this.outcome = outcome;
        this.settledOn = on;
    }

    /** Where the promise stands on {@code today}. */
    public CommitmentStatus status(LocalDate today) {
        return CommitmentStatus.of(outcome, dueOn, today);
    }

    /** Exactly one side received the promise: a stakeholder or a member. */
    @AssertTrue(message = "{Commitment.chooseToWhom}")
    public boolean isToOneSide() {
        return (toStakeholder == null) != (toMember == null);
    }

    /** An outcome always comes with its day. */
    @AssertTrue(message = "{Commitment.outcomeNeedsDate}")
    public boolean isSettledWithDate() {
        return (outcome == null) == (settledOn == null);
    }

    public Coalition getCoalition() {
        return coalition;
    }

    public Person getPromisedBy() {
        return promisedBy;
    }

    public Stakeholder getToStakeholder() {
        return toStakeholder;
    }

    public Person getToMember() {
        return toMember;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public String getWhat() {
        return what;
    }

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public CommitmentOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getSettledOn() {
        return settledOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
