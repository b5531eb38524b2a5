package org.coalition.playbook;

import java.io.Serializable;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A coalition template as an administrator writes it. The lists are one entry per line; a line may carry
 * details after a {@code |} (see {@link TemplateLines}).
 */
public class TemplateDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LIST_MAX = 4000;

    @NotBlank(message = "Give the template a name.")
    @Size(max = 120, message = "The name can be at most 120 characters.")
    private String name;

    @NotBlank(message = "Say what kind of change the template is for.")
    @Size(max = 120, message = "The kind of change can be at most 120 characters.")
    private String kindOfChange;

    @Size(max = 2000, message = "The description can be at most 2,000 characters.")
    private String description;

    @Size(max = LIST_MAX, message = "The stakeholder roles can be at most 4,000 characters.")
    private String stakeholderRoles;

    @Size(max = LIST_MAX, message = "The conversation questions can be at most 4,000 characters.")
    private String conversationQuestions;

    @Size(max = LIST_MAX, message = "The quick-win ideas can be at most 4,000 characters.")
    private String quickWinIdeas;

    @Size(max = LIST_MAX, message = "The milestone skeletons can be at most 4,000 characters.")
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

    @AssertTrue(message = "Each stakeholder role is \u201crole | department | influence 1\u20135 | interest 1\u20135\u201d; "
            + "the details after the role are optional.")
    public boolean isStakeholderRolesReadable() {
        return TemplateLines.lines(stakeholderRoles).stream().allMatch(TemplateLines::isRoleReadable);
    }

    @AssertTrue(message = "Each milestone skeleton is \u201ctitle | weeks from the start\u201d, with 1 to 104 weeks.")
    public boolean isMilestoneSkeletonsReadable() {
        return TemplateLines.lines(milestoneSkeletons).stream().allMatch(TemplateLines::isMilestoneReadable);
    }

    @AssertTrue(message = "Each quick-win idea is \u201ctitle | kind\u201d, the kind one of PILOT, WHITE_PAPER, "
            + "LOW_STAKES_UPDATE or OTHER (optional).")
    public boolean isQuickWinIdeasReadable() {
        return TemplateLines.lines(quickWinIdeas).stream().allMatch(TemplateLines::isQuickWinReadable);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKindOfChange() { return kindOfChange; }
    public void setKindOfChange(String kindOfChange) { this.kindOfChange = kindOfChange; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getStakeholderRoles() { return stakeholderRoles; }
    public void setStakeholderRoles(String stakeholderRoles) { this.stakeholderRoles = stakeholderRoles; }
    public String getConversationQuestions() { return conversationQuestions; }
    public void setConversationQuestions(String conversationQuestions) { this.conversationQuestions = conversationQuestions; }
    public String getQuickWinIdeas() { return quickWinIdeas; }
    public void setQuickWinIdeas(String quickWinIdeas) { this.quickWinIdeas = quickWinIdeas; }
    public String getMilestoneSkeletons() { return milestoneSkeletons; }
    public void setMilestoneSkeletons(String milestoneSkeletons) { this.milestoneSkeletons = milestoneSkeletons; }
}
