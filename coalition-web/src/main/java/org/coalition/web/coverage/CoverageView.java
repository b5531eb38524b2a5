package org.coalition.web.coverage;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.coverage.Coverage;
import org.coalition.coverage.CoverageReport;
import org.coalition.coverage.CoverageService;
import org.coalition.coverage.MemberLevel;
import org.coalition.coverage.Quality;
import org.coalition.coverage.Suggestion;
import org.coalition.coverage.TagRow;
import org.coalition.stakeholder.Level;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.coalition.web.platform.PagedModel;

/**
 * The coverage check of a coalition (Kotter's guiding coalition): the grid of departments and levels with the
 * qualities its supporters bring, the holes named with whom of the register could fill each, tagging people, members'
 * levels and the departments the change touches.
 */
@Named
@ViewScoped
public class CoverageView implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TAG_PAGE = 25;
    /** The supportive stakeholders offered for a tag, the most influential first. */
    public static final int SUPPORTERS = 50;

    @EJB
    private CoverageService coverage;

    @EJB
    private CoalitionService coalitions;

    private Long id;
    private CoalitionOverview coalition;
    private CoverageReport report;
    private List<MemberLevel> members;
    private List<Suggestion> supporters;

    /** Who to tag: {@code m:<username>} for a member, {@code s:<id>} for a stakeholder. */
    private String who;

    private Quality quality;
    private String member;
    private Level memberLevel;
    private String department;
    private Level neededLevel = Coverage.DEFAULT_NEEDED;

    private final PagedModel<TagRow> tags = new PagedModel<>(
            () -> coverage.tagCount(id), (first, pageSize, sortBy) -> coverage.tags(id, first, pageSize), TagRow::id);

    public void load() {
        coalition = coalitions.heading(id);
        report = coverage.report(id);
        members = coverage.members(id);
        supporters = coverage.supporters(id, SUPPORTERS);
    }

    public void tag() {
        if (who == null || quality == null) {
            Messages.error(I18n.text("coverage.chooseWhoAndWhat"));
            return;
        }
        Runnable change = who.startsWith("m:")
                ? () -> coverage.tagMember(id, who.substring(2), quality)
                : () -> coverage.tagStakeholder(id, Long.parseLong(who.substring(2)), quality);
        if (Messages.attempt(change, I18n.text("coverage.tagged")).done()) {
            load();
        }
    }

    /** Tags a suggested stakeholder with the quality their hole lacks. */
    public void tagSuggestion(Suggestion suggestion, Coverage.Hole hole) {
        if (Messages.attempt(
                        () -> coverage.tagStakeholder(id, suggestion.stakeholderId(), hole.quality()),
                        I18n.text("coverage.tagged"))
                .done()) {
            load();
        }
    }

    public void untag(TagRow tag) {
        if (Messages.attempt(() -> coverage.untag(tag.id()), I18n.text("coverage.untagged"))
                .done()) {
            load();
        }
    }

    public void saveMemberLevel() {
        if (member == null) {
            Messages.error(I18n.text("coverage.chooseMember"));
            return;
        }
        if (Messages.attempt(() -> coverage.setMemberLevel(id, member, memberLevel), I18n.text("coverage.levelSaved"))
                .done()) {
            load();
        }
    }

    public void touch() {
        if (Messages.attempt(() -> coverage.touch(id, department, neededLevel), I18n.text("coverage.departmentAdded"))
                .done()) {
            department = null;
            load();
        }
    }

    public void untouch(Coverage.Department touched) {
        if (Messages.attempt(() -> coverage.untouch(id, touched.name()), I18n.text("coverage.departmentRemoved"))
                .done()) {
            load();
        }
    }

    /** Whether any department of the grid was recorded by the coalition (else they are its stakeholders' departments). */
    public boolean isRecorded() {
        return report.coverage().rows().stream().anyMatch(r -> r.department().recorded());
    }

    public Level getDefaultNeeded() {
        return Coverage.DEFAULT_NEEDED;
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public Quality[] getQualities() {
        return Quality.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CoalitionOverview getCoalition() {
        return coalition;
    }

    public CoverageReport getReport() {
        return report;
    }

    public List<MemberLevel> getMembers() {
        return members;
    }

    public List<Suggestion> getSupporters() {
        return supporters;
    }

    public PagedModel<TagRow> getTags() {
        return tags;
    }

    public int getTagPage() {
        return TAG_PAGE;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public Quality getQuality() {
        return quality;
    }

    public void setQuality(Quality quality) {
        this.quality = quality;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public Level getMemberLevel() {
        return memberLevel;
    }

    public void setMemberLevel(Level memberLevel) {
        this.memberLevel = memberLevel;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public Level getNeededLevel() {
        return neededLevel;
    }

    public void setNeededLevel(Level neededLevel) {
        this.neededLevel = neededLevel;
    }
}
