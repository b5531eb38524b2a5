package org.coalition.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coalition.shared.BaseEntity;
import org.coalition.stakeholder.Stakeholder;

/** Something that drives a stakeholder, heard in a specific conversation. Strength 1 (mild) to 3 (strong). */
@Entity
@Table(name = "motivation")
public class Motivation extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conversation_id", nullable = false, updatable = false)
    private Conversation conversation;

    /** Denormalised from the conversation so profiles and overlaps are one query. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stakeholder_id", nullable = false, updatable = false)
    private Stakeholder stakeholder;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MotivationCategory category;

    @NotBlank
    @Size(max = 500)
    @Column(nullable = false)
    private String description;

    @Min(1)
    @Max(3)
    private int strength;

    protected Motivation() {
        // for JPA
    }

    Motivation(Conversation conversation, MotivationCategory category, String description, int strength) {
        this.conversation = conversation;
        this.stakeholder = conversation.getStakeholder();
        this.category = category;
        this.description = description.strip();
        this.strength = strength;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public Stakeholder getStakeholder() {
        return stakeholder;
    }

    public MotivationCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public int getStrength() {
        return strength;
    }
}
