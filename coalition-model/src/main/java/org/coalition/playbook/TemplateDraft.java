package org.coalition.playbook;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A coalition template as an administrator writes it. The lists are one entry per line; a line may carry
 * details after a {@code |} (see {@link TemplateLines}).
 */
public class TemplateDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LIST_MAX = 4000;

    @NotBlank(message = "{TemplateDraft.giveTemplateName}")
    @Size(max = 120, message = "{TemplateDraft.name120Characters}")
    private String name;

    @NotBlank(message = "{TemplateDraft.sayWhatKindChange}")
    @Size(max = 120, message = "{TemplateDraft.kindChange120Characters}")
    private String kindOfChange;

    @Size(max = 2000, message = "{Difference.description2000Characters}")
    private String description;

    @Size(max = LIST_MAX, message = "{TemplateDraft.stakeholderRoles4000}")
    private String stakeholderRoles;

    @Size(max = LIST_MAX, message = "{TemplateDraft.conversationQuestions4000}")
    private String conversationQuestions;

    @Size(max = LIST_MAX, message = "{TemplateDraft.quickWinIdeas4}")
    private String quickWinIdeas;

    @Size(max = LIST_MAX, message = "{TemplateDraft.milestoneSkeletons4000}")
    private String milestoneSkeletons;

    public static TemplateDraft of(CoalitionTemplate t) {
        TemplateDraft d = new TemplateDraft();
        d.name = t.getName();
        d.kindOfChange = t.getKindOfChange();
        d.description = t.getDescription();
        d.stakeholderRoles = t.getStakeholderRoles();
        d.conversationQuestions = t.getConversationQuestions();
        d.quickWinIdeas = t.getQuickWinIdeas();
        d.milestoneSkeletons = t.getMilestoneSkeletons();
        return d;
    }

    @AssertTrue(message = "{TemplateDraft.stakeholderRolesReadable}")
    public boolean isStakeholderRolesReadable() {
        return TemplateLines.lines(stakeholderRoles).stream().allMatch(TemplateLines::isRoleReadable);
    }

    @AssertTrue(message = "{TemplateDraft.milestoneSkeletonsReadable}")
    public boolean isMilestoneSkeletonsReadable() {
        return TemplateLines.lines(milestoneSkeletons).stream().allMatch(TemplateLines::isMilestoneReadable);
    }

    @AssertTrue(message = "{TemplateDraft.quickWinIdeasReadable}")
    public boolean isQuickWinIdeasReadable() {
        return TemplateLines.lines(quickWinIdeas).stream().allMatch(TemplateLines::isQuickWinReadable);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKindOfChange() {
        return kindOfChange;
    }

    public void setKindOfChange(String kindOfChange) {
        this.kindOfChange = kindOfChange;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getStakeholderRoles() {
        return stakeholderRoles;
    }

    public void setStakeholderRoles(String stakeholderRoles) {
        this.stakeholderRoles = stakeholderRoles;
    }

    public String getConversationQuestions() {
        return conversationQuestions;
    }

    public void setConversationQuestions(String conversationQuestions) {
        this.conversationQuestions = conversationQuestions;
    }

    public String getQuickWinIdeas() {
        return quickWinIdeas;
    }

    public void setQuickWinIdeas(String quickWinIdeas) {
        this.quickWinIdeas = quickWinIdeas;
    }

    public String getMilestoneSkeletons() {
        return milestoneSkeletons;
    }

    public void setMilestoneSkeletons(String milestoneSkeletons) {
        this.milestoneSkeletons = milestoneSkeletons;
    }
}
