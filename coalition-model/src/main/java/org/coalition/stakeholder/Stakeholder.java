package org.coalition.stakeholder;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.coalition.coalition.Coalition;
import org.coalition.people.Person;
import org.coalition.shared.BaseEntity;

/**
 * Someone with a stake in the coalition's objective, resources, or influence over decision makers.
 * Keeps the date of the latest conversation with them, so whether their stance is verified can be
 * told from the row alone.
 */
@Entity
@Table(name = "stakeholder")
public class Stakeholder extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coalition_id", nullable = false, updatable = false)
    private Coalition coalition;

    @NotBlank
    @Size(max = 150)
    @Column(nullable = false)
    private String name;

    @Size(max = 150)
    private String title;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Level level;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false)
    private String department;

    @Min(1)
    @Max(5)
    private int influence;

    @Min(1)
    @Max(5)
    private int interest;

    @Convert(converter = ResourceSetConverter.class)
    @Column(nullable = false)
    private Set<Resource> resources = EnumSet.noneOf(Resource.class);

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stance stance;

    @NotNull
    @Column(name = "stance_since", nullable = false)
    private LocalDate stanceSince;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Person relationshipOwner;

    @Size(max = 100)
    @Column(name = "sso_username")
    private String ssoUsername;

    @Size(max = 4000)
    private String notes;

    @Column(name = "last_conversation_on")
    private LocalDate lastConversationOn;

    /** When the private notes were last written: the retention period counts from here. */
    @Column(name = "notes_written_on")
    private LocalDate notesWrittenOn;

    /** When the retention job (or an erasure) cleared the private notes; null while they are there. */
    @Column(name = "notes_redacted_on")
    private LocalDate notesRedactedOn;

    /** Whether (and how) this person decides: approver, veto holder, influencer; null for no decision maker. */
    @Enumerated(EnumType.STRING)
    @Column(name = "decision_role")
    private DecisionRole decisionRole;

    /** How engaged they are with the change now (engagement assessment matrix's C); null until assessed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "engagement_current")
    private Engagement engagementCurrent;

    /** How engaged the change needs them to be (the matrix's D); null until assessed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "engagement_desired")
    private Engagement engagementDesired;

    /** When an administrator erased this person's data; null for everyone else. */
    @Column(name = "erased_on")
    private LocalDate erasedOn;

    protected Stakeholder() {
        // for JPA
    }

    public Stakeholder(Coalition coalition, StakeholderDraft draft, Person owner, LocalDate today) {
        this.coalition = coalition;
        this.stance = draft.getStance();
        this.stanceSince = today;
        apply(draft, owner, today);
    }

    /**
     * Copies everything but the stance, which changes through {@link #changeStance}. Changed private
     * notes count as written {@code today} for the retention period.
     */
    public final void apply(StakeholderDraft draft, Person owner, LocalDate today) {
        String newNotes = blankToNull(draft.getNotes());
        if (newNotes != null && !newNotes.equals(notes)) {
            this.notesWrittenOn = today;
            this.notesRedactedOn = null;
        }
        this.name = draft.getName().strip();
        this.title = blankToNull(draft.getTitle());
        this.level = draft.getLevel();
        this.department = draft.getDepartment().strip();
        this.influence = draft.getInfluence();
        this.interest = draft.getInterest();
        this.resources =
                draft.getResources().isEmpty() ? EnumSet.noneOf(Resource.class) : EnumSet.copyOf(draft.getResources());
        this.relationshipOwner = owner;
        this.ssoUsername = blankToNull(draft.getSsoUsername());
        this.notes = newNotes;
        if (newNotes == null) {
            this.notesWrittenOn = null;
        }
    }

    /** Sets a new stance as of {@code since}; returns false when it is the same stance. */
    public boolean changeStance(Stance newStance, LocalDate since) {
        if (newStance == stance) {
            return false;
        }
        this.stance = newStance;
        this.stanceSince = since;
        return true;
    }

    /**
     * Sets the current and the desired engagement (either may be null: not assessed); returns false when both are
     * as they were. The history of changes is kept apart ({@link EngagementChange}).
     */
    public boolean assessEngagement(Engagement current, Engagement desired) {
        if (current == engagementCurrent && desired == engagementDesired) {
            return false;
        }
        this.engagementCurrent = current;
        this.engagementDesired = desired;
        return true;
    }

    /** The steps from the current engagement up to the desired one; null when either is not assessed. */
    public Integer engagementGap() {
        return EngagementGap.steps(engagementCurrent, engagementDesired);
    }

    /** Records that a conversation took place on {@code date} (an older one does not move the date back). */
    public void conversationHeldOn(LocalDate date) {
        if (lastConversationOn == null || date.isAfter(lastConversationOn)) {
            lastConversationOn = date;
        }
    }

    /**
     * Erases what identifies this person or was written about them: the name becomes a neutral one, title,
     * notes and the link to their sign-in go. Level, department, influence, interest, resources and stance
     * stay, so the coalition's map, counts and health keep adding up.
     */
    public void erase(LocalDate today) {
        this.name = org.coalition.privacy.Redaction.erasedName(getId());
        this.title = null;
        this.ssoUsername = null;
        if (notes != null) {
            this.notesRedactedOn = today;
        }
        this.notes = null;
        this.notesWrittenOn = null;
        this.erasedOn = today;
    }

    /** Marks this person as a decision maker in the given role, or as none ({@code null}). */
    public void markDecisionMaker(DecisionRole role) {
        this.decisionRole = role;
    }

    public Quadrant quadrant() {
        return Quadrant.of(influence, interest);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Coalition getCoalition() {
        return coalition;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public Level getLevel() {
        return level;
    }

    public String getDepartment() {
        return department;
    }

    public int getInfluence() {
        return influence;
    }

    public int getInterest() {
        return interest;
    }

    public Set<Resource> getResources() {
        return resources;
    }

    public Stance getStance() {
        return stance;
    }

    public LocalDate getStanceSince() {
        return stanceSince;
    }

    public Person getRelationshipOwner() {
        return relationshipOwner;
    }

    public String getSsoUsername() {
        return ssoUsername;
    }

    public String getNotes() {
        return notes;
    }

    public LocalDate getLastConversationOn() {
        return lastConversationOn;
    }

    public LocalDate getNotesWrittenOn() {
        return notesWrittenOn;
    }

    public LocalDate getNotesRedactedOn() {
        return notesRedactedOn;
    }

    public LocalDate getErasedOn() {
        return erasedOn;
    }

    public boolean isErased() {
        return erasedOn != null;
    }

    public DecisionRole getDecisionRole() {
        return decisionRole;
    }

    public Engagement getEngagementCurrent() {
        return engagementCurrent;
    }

    public Engagement getEngagementDesired() {
        return engagementDesired;
    }
}
