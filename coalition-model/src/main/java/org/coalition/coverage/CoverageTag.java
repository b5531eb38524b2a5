package org.coalition.coverage;

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
import org.coalition.coalition.Coalition;
import org.coalition.people.Person;
import org.coalition.shared.BaseEntity;
import org.coalition.stakeholder.Stakeholder;

/**
 * What a member or a stakeholder brings to the coalition: one of the four qualities, with who said so and when. A
 * stakeholder's tag counts for the coverage only while they are supportive; a member's while they are a sponsor or member.
 */
@Entity
@Table(name = "coverage_tag")
public class CoverageTag extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coalition_id", nullable = false, updatable = false)
    private Coalition coalition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", updatable = false)
    private Person member;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stakeholder_id", updatable = false)
    private Stakeholder stakeholder;

    @NotNull(message = "{CoverageTag.chooseQuality}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Quality quality;

    @NotBlank
    @Size(max = 100)
    @Column(name = "tagged_by", nullable = false, updatable = false)
    private String taggedBy;

    @NotNull
    @Column(name = "tagged_at", nullable = false, updatable = false)
    private Instant taggedAt;

    protected CoverageTag() {
        // for JPA
    }

    private CoverageTag(
            Coalition coalition,
            Person member,
            Stakeholder stakeholder,
            Quality quality,
            String taggedBy,
            Instant taggedAt) {
        this.coalition = coalition;
        this.member = member;
        this.stakeholder = stakeholder;
        this.quality = quality;
        this.taggedBy = taggedBy;
        this.taggedAt = taggedAt;
    }

    /** A member of {@code coalition} brings {@code quality}. */
    public static CoverageTag ofMember(
            Coalition coalition, Person member, Quality quality, String taggedBy, Instant taggedAt) {
        return new CoverageTag(coalition, member, null, quality, taggedBy, taggedAt);
    }

    /** A stakeholder brings {@code quality} (counted while they are supportive). */
    public static CoverageTag ofStakeholder(
            Stakeholder stakeholder, Quality quality, String taggedBy, Instant taggedAt) {
        return new CoverageTag(stakeholder.getCoalition(), null, stakeholder, quality, taggedBy, taggedAt);
    }

    /** Exactly one side carries the tag: a member or a stakeholder. */
    @AssertTrue(message = "{CoverageTag.chooseWho}")
    public boolean isOneSide() {
        return (member == null) != (stakeholder == null);
    }

    public Coalition getCoalition() {
        return coalition;
    }

    public Person getMember() {
        return member;
    }

    public Stakeholder getStakeholder() {
        return stakeholder;
    }

    public Quality getQuality() {
        return quality;
    }

    public String getTaggedBy() {
        return taggedBy;
    }

    public Instant getTaggedAt() {
        return taggedAt;
    }
}
