package org.coalition.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.coalition.coalition.Coalition;
import org.coalition.people.Person;
import org.coalition.shared.BaseEntity;
import org.coalition.shared.Refusal;
import org.coalition.shared.Refused;
import org.coalition.stakeholder.Stakeholder;

/**
 * Someone has a stakeholder's ear: another stakeholder or one of the coalition's own members influences them,
 * with a strength from 1 (an occasional word) to 3 (they listen to nobody more), of some kind, with a private
 * note. Who it comes from and goes to never changes; strength, kind and note may.
 */
@Entity
@Table(name = "influence_link")
public class InfluenceLink extends BaseEntity {

    public static final int WEAKEST = 1;
    public static final int STRONGEST = 3;
    public static final int NOTE_MAX = 1000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coalition_id", nullable = false, updatable = false)
    private Coalition coalition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_stakeholder_id", updatable = false)
    private Stakeholder fromStakeholder;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_person_id", updatable = false)
    private Person fromMember;

    @NotNull(message = "{InfluenceLink.chooseWhoIsInfluenced}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_stakeholder_id", nullable = false, updatable = false)
    private Stakeholder toStakeholder;

    @Min(value = WEAKEST, message = "{InfluenceLink.strengthFrom1To3}")
    @Max(value = STRONGEST, message = "{InfluenceLink.strengthFrom1To3}")
    private int strength;

    @NotNull(message = "{InfluenceLink.chooseKind}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InfluenceKind kind;

    @Size(max = NOTE_MAX, message = "{InfluenceLink.note1000Characters}")
    private String note;

    @NotBlank
    @Size(max = 100)
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @NotNull
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected InfluenceLink() {
        // for JPA
    }

    private InfluenceLink(
            Coalition coalition,
            Stakeholder fromStakeholder,
            Person fromMember,
            Stakeholder to,
            InfluenceKind kind,
            int strength,
            String note,
            String recordedBy,
            Instant recordedAt) {
        this.coalition = coalition;
        this.fromStakeholder = fromStakeholder;
        this.fromMember = fromMember;
        this.toStakeholder = to;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        revise(kind, strength, note);
    }

    /**
     * One stakeholder influences another of the same coalition.
     *
     * @throws Refused.Argument when someone would influence themselves
     */
    public static InfluenceLink between(
            Stakeholder from,
            Stakeholder to,
            InfluenceKind kind,
            int strength,
            String note,
            String recordedBy,
            Instant recordedAt) {
        if (from == to || from.getId() != null && from.getId().equals(to.getId())) {
            throw new Refused.Argument(Refusal.INFLUENCE_SELF);
        }
        return new InfluenceLink(to.getCoalition(), from, null, to, kind, strength, note, recordedBy, recordedAt);
    }

    /** A member of the coalition (a person, not a stakeholder) has this stakeholder's ear. */
    public static InfluenceLink fromMember(
            Person member,
            Stakeholder to,
            InfluenceKind kind,
            int strength,
            String note,
            String recordedBy,
            Instant recordedAt) {
        return new InfluenceLink(to.getCoalition(), null, member, to, kind, strength, note, recordedBy, recordedAt);
    }

    /** Changes what the link is, how strong it is and its note. */
    public final void revise(InfluenceKind kind, int strength, String note) {
        this.kind = kind;
        this.strength = strength;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** Exactly one side influences: a stakeholder or a member. */
    @AssertTrue(message = "{InfluenceLink.chooseWhoInfluences}")
    public boolean isFromOneSide() {
        return (fromStakeholder == null) != (fromMember == null);
    }

    public Coalition getCoalition() {
        return coalition;
    }

    public Stakeholder getFromStakeholder() {
        return fromStakeholder;
    }

    public Person getFromMember() {
        return fromMember;
    }

    public Stakeholder getToStakeholder() {
        return toStakeholder;
    }

    public int getStrength() {
        return strength;
    }

    public InfluenceKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
