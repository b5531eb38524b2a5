package org.coalition.stakeholder;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** What a member types to add or edit a stakeholder; validated before anything is stored. */
public class StakeholderDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{StakeholderDraft.giveStakeholderSName}")
    @Size(max = 150, message = "{StakeholderDraft.name150Characters}")
    private String name;

    @Size(max = 150, message = "{MilestoneService.title150Characters}")
    private String title;

    @NotNull(message = "{StakeholderDraft.chooseStakeholderSLevel}")
    private Level level = Level.MANAGER;

    @NotBlank(message = "{StakeholderDraft.giveStakeholderSDepartment}")
    @Size(max = 100, message = "{StakeholderDraft.department100Characters}")
    private String department;

    @Min(value = 1, message = "{StakeholderDraft.influenceRatedFrom1}")
    @Max(value = 5, message = "{StakeholderDraft.influenceRatedFrom1}")
    private int influence = 3;

    @Min(value = 1, message = "{StakeholderDraft.interestRatedFrom1}")
    @Max(value = 5, message = "{StakeholderDraft.interestRatedFrom1}")
    private int interest = 3;

    @NotNull
    private Set<Resource> resources = EnumSet.noneOf(Resource.class);

    @NotNull(message = "{StakeholderDraft.chooseStakeholderSStance}")
    private Stance stance = Stance.NEUTRAL;

    /** Why the stance is what it is (required when it changes; kept in the stance history). */
    @Size(max = 500, message = "{ConversationDraft.reason500Characters}")
    private String stanceReason;

    /** User name of the coalition member who owns the relationship, or null. */
    @Size(max = 100)
    private String relationshipOwner;

    /** SSO user name of the stakeholder, when they have one. */
    @Size(max = 100, message = "{StakeholderDraft.userName100Characters}")
    private String ssoUsername;

    @Size(max = 4000, message = "{StakeholderDraft.notes4000Characters}")
    private String notes;

    public static StakeholderDraft of(Stakeholder s) {
        StakeholderDraft draft = new StakeholderDraft();
        draft.name = s.getName();
        draft.title = s.getTitle();
        draft.level = s.getLevel();
        draft.department = s.getDepartment();
        draft.influence = s.getInfluence();
        draft.interest = s.getInterest();
        draft.resources =
                s.getResources().isEmpty() ? EnumSet.noneOf(Resource.class) : EnumSet.copyOf(s.getResources());
        draft.stance = s.getStance();
        draft.relationshipOwner = s.getRelationshipOwner() == null
                ? null
                : s.getRelationshipOwner().getUsername();
        draft.ssoUsername = s.getSsoUsername();
        draft.notes = s.getNotes();
        return draft;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public int getInfluence() {
        return influence;
    }

    public void setInfluence(int influence) {
        this.influence = influence;
    }

    public int getInterest() {
        return interest;
    }

    public void setInterest(int interest) {
        this.interest = interest;
    }

    public Set<Resource> getResources() {
        return resources;
    }

    public void setResources(Set<Resource> resources) {
        this.resources = resources == null ? EnumSet.noneOf(Resource.class) : resources;
    }

    public Stance getStance() {
        return stance;
    }

    public void setStance(Stance stance) {
        this.stance = stance;
    }

    public String getStanceReason() {
        return stanceReason;
    }

    public void setStanceReason(String stanceReason) {
        this.stanceReason = stanceReason;
    }

    public String getRelationshipOwner() {
        return relationshipOwner;
    }

    public void setRelationshipOwner(String relationshipOwner) {
        this.relationshipOwner = relationshipOwner;
    }

    public String getSsoUsername() {
        return ssoUsername;
    }

    public void setSsoUsername(String ssoUsername) {
        this.ssoUsername = ssoUsername;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
