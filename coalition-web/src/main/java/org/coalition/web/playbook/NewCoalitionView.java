package org.coalition.web.playbook;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.coalition.coalition.Coalition;
import org.coalition.people.Person;
import org.coalition.playbook.Ally;
import org.coalition.playbook.CoalitionLaunch;
import org.coalition.playbook.CoalitionTemplate;
import org.coalition.playbook.LaunchService;
import org.coalition.playbook.TemplateLines;
import org.coalition.playbook.TemplateService;
import org.coalition.rhythm.CadenceDraft;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.Stance;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;

/**
 * The setup wizard: template, objective and why it needs a coalition, a first draft of the shared purpose,
 * sponsors, the sync cadence and the first stakeholders. Only the objective step is needed; every other step
 * can be skipped, and "Create now" finishes with what is there. Nothing is stored until then, in one go.
 */
@Named
@ViewScoped
public class NewCoalitionView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final int BLANK_ROWS = 3;

    /** The wizard's steps, in order. */
    public enum Step {
        TEMPLATE("Starting point"),
        OBJECTIVE("Objective"),
        PURPOSE("Shared purpose"),
        SPONSORS("Sponsors"),
        CADENCE("Sync rhythm"),
        STAKEHOLDERS("First stakeholders"),
        REVIEW("Review");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One stakeholder row of the quick-add table; rows without a name are left out. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String title;
        private String department;
        private int influence = 3;
        private int interest = 3;

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

        boolean isBlank() {
            return name == null || name.isBlank();
        }
    }

    @EJB
    private LaunchService launches;

    @EJB
    private TemplateService templateService;

    private List<CoalitionTemplate> templates;
    private List<Person> executives;
    private List<Ally> allies;

    private Step step = Step.TEMPLATE;
    private Long templateId;
    private CoalitionTemplate template;
    private final CoalitionLaunch launch = new CoalitionLaunch();
    private final CadenceDraft cadence = new CadenceDraft();
    private String time = "09:30";
    /** Whether the cadence step was confirmed with "Next" (not skipped): only then is a cadence set. */
    private boolean cadenceChosen;

    private final List<Row> rows = new ArrayList<>();

    @PostConstruct
    void init() {
        templates = templateService.list();
        executives = launches.executives();
        allies = launches.myAllyNetwork();
        launch.getBasics().setTargetDate(LocalDate.now().plusMonths(6));
        cadence.setStartsOn(LocalDate.now());
        cadence.setDayOfWeek(DayOfWeek.TUESDAY);
        cadence.setTimeZone(ZoneId.systemDefault().getId());
        addRows();
    }

    // Navigation

    public void next() {
        if (step == Step.TEMPLATE) {
            applyTemplate();
        }
        if (step == Step.CADENCE) {
            cadenceChosen = true;
        }
        step = Step.values()[Math.min(step.ordinal() + 1, Step.REVIEW.ordinal())];
    }

    /** Leaves this step for later: what it asked for is not created now. */
    public void skip() {
        switch (step) {
            case TEMPLATE -> {
                templateId = null;
                template = null;
            }
            case PURPOSE -> launch.setPurpose(null);
            case SPONSORS -> launch.getSponsors().clear();
            case CADENCE -> cadenceChosen = false;
            case STAKEHOLDERS -> {
                rows.clear();
                addRows();
            }
            default -> {}
        }
        step = Step.values()[Math.min(step.ordinal() + 1, Step.REVIEW.ordinal())];
    }

    public void back() {
        step = Step.values()[Math.max(step.ordinal() - 1, 0)];
    }

    public boolean isSkippable() {
        return step != Step.OBJECTIVE && step != Step.REVIEW;
    }

    /** "Create now" is offered from the purpose step on: the basics are known by then. */
    public boolean isCreatable() {
        return step.ordinal() > Step.OBJECTIVE.ordinal();
    }

    private void applyTemplate() {
        template = templateId == null
                ? null
                : templates.stream()
                        .filter(t -> t.getId().equals(templateId))
                        .findFirst()
                        .orElse(null);
        rows.removeIf(Row::isBlank);
        if (template != null) {
            for (TemplateLines.Role role : template.roles()) {
                Row row = new Row();
                row.setTitle(role.role());
                row.setDepartment(role.department());
                row.setInfluence(role.influence());
                row.setInterest(role.interest());
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            addRows();
        }
    }

    public void addRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new Row());
        }
    }

    /** Puts someone from the ally network on the first free row (or a new one). */
    public void addAlly(Ally ally) {
        Row row = rows.stream().filter(Row::isBlank).findFirst().orElseGet(() -> {
            Row added = new Row();
            rows.add(added);
            return added;
        });
        row.setName(ally.getName());
        row.setTitle(ally.getTitle());
        row.setDepartment(ally.getDepartment());
    }

    public String create() {
        launch.setTemplateId(template == null ? null : template.getId());
        if (cadenceChosen || step == Step.CADENCE) {
            cadence.setTime(LocalTime.parse(time, HOURS_MINUTES));
            launch.setCadence(cadence);
        } else {
            launch.setCadence(null);
        }
        launch.setStakeholders(rows.stream()
                .filter(r -> !r.isBlank())
                .map(NewCoalitionView::draft)
                .toList());
        Coalition created;
        try {
            created = launches.launch(launch);
        } catch (org.coalition.platform.BusinessException e) {
            Messages.error(I18n.refusal(e));
            return null;
        } catch (jakarta.ejb.EJBException e) {
            if (!Messages.violations(e)) {
                throw e;
            }
            return null;
        }
        Messages.infoAfterRedirect(I18n.format("msg.coalitionCreated", created.getName()));
        return "/coalitions/dashboard.xhtml?faces-redirect=true&id=" + created.getId();
    }

    private static StakeholderDraft draft(Row row) {
        StakeholderDraft draft = new StakeholderDraft();
        draft.setName(row.getName().strip());
        draft.setTitle(row.getTitle());
        draft.setDepartment(row.getDepartment());
        draft.setLevel(Level.MANAGER);
        draft.setInfluence(row.getInfluence());
        draft.setInterest(row.getInterest());
        draft.setResources(EnumSet.noneOf(Resource.class));
        draft.setStance(Stance.NEUTRAL);
        return draft;
    }

    // For the page

    public Step getStep() {
        return step;
    }

    public Step[] getSteps() {
        return Step.values();
    }

    public boolean at(String name) {
        return step.name().equals(name);
    }

    public List<CoalitionTemplate> getTemplates() {
        return templates;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public CoalitionTemplate getTemplate() {
        return template;
    }

    public CoalitionLaunch getLaunch() {
        return launch;
    }

    public CadenceDraft getCadence() {
        return cadence;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public boolean isCadenceChosen() {
        return cadenceChosen;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Person> getExecutives() {
        return executives;
    }

    public List<Ally> getAllies() {
        return allies;
    }

    public int[] getRatings() {
        return new int[] {1, 2, 3, 4, 5};
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public String dayLabel(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, I18n.locale());
    }

    public List<String> getTimeZones() {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                .sorted()
                .toList();
    }

    public int[] getIntervals() {
        return new int[] {1, 2, 3, 4};
    }
}
