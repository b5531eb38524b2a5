package org.coalition.playbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.coalition.shared.BaseEntity;

/**
 * A starting point for a common kind of change (process reform, tool adoption, policy change, culture
 * change): the stakeholder roles to look for, conversation questions, quick-win ideas and milestone
 * skeletons. The lists are kept as lines of text, read by {@link TemplateLines}: administrators edit them
 * as text, and a template is always read whole.
 */
@Entity
@Table(name = "coalition_template")
public class CoalitionTemplate extends BaseEntity {

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, unique = true)
    private String name;

    @NotBlank
    @Size(max = 120)
    @Column(name = "kind_of_change", nullable = false)
    private String kindOfChange;

    @Size(max = 2000)
    private String description;

    @Size(max = TemplateDraft.LIST_MAX)
    @Column(name = "stakeholder_roles")
    private String stakeholderRoles;

    @Size(max = TemplateDraft.LIST_MAX)
    @Column(name = "conversation_questions")
    private String conversationQuestions;

    @Size(max = TemplateDraft.LIST_MAX)
    @Column(name = "quick_win_ideas")
    private String quickWinIdeas;

    @Size(max = TemplateDraft.LIST_MAX)
    @Column(name = "milestone_skeletons")
    private String milestoneSkeletons;

    protected CoalitionTemplate() {
        // for JPA
    }

    public CoalitionTemplate(TemplateDraft draft) {
        apply(draft);
    }

    public final void apply(TemplateDraft d) {
        this.name = d.getName().strip();
        this.kindOfChange = d.getKindOfChange().strip();
        this.description = blankToNull(d.getDescription());
        this.stakeholderRoles = joined(d.getStakeholderRoles());
        this.conversationQuestions = joined(d.getConversationQuestions());
        this.quickWinIdeas = joined(d.getQuickWinIdeas());
        this.milestoneSkeletons = joined(d.getMilestoneSkeletons());
    }

    private static String joined(String text) {
        List<String> lines = TemplateLines.lines(text);
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<TemplateLines.Role> roles() {
        return TemplateLines.lines(stakeholderRoles).stream()
                .map(TemplateLines::role)
                .toList();
    }

    public List<String> questions() {
        return TemplateLines.lines(conversationQuestions);
    }

    public List<TemplateLines.QuickWinIdea> quickWins() {
        return TemplateLines.lines(quickWinIdeas).stream()
                .map(TemplateLines::quickWin)
                .toList();
    }

    public List<TemplateLines.MilestoneSkeleton> milestones() {
        return TemplateLines.lines(milestoneSkeletons).stream()
                .map(TemplateLines::milestone)
                .toList();
    }

    public String getName() {
        return name;
    }

    public String getKindOfChange() {
        return kindOfChange;
    }

    public String getDescription() {
        return description;
    }

    public String getStakeholderRoles() {
        return stakeholderRoles;
    }

    public String getConversationQuestions() {
        return conversationQuestions;
    }

    public String getQuickWinIdeas() {
        return quickWinIdeas;
    }

    public String getMilestoneSkeletons() {
        return milestoneSkeletons;
    }
}
