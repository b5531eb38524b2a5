package org.coalition.trust;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.coalition.coalition.Coalition;
import org.coalition.people.Person;
import org.coalition.shared.BaseEntity;
import org.coalition.stakeholder.Stakeholder;

/**
 * A small win done together (a pilot, a short white paper, a low-stakes update) to build trust before
 * the main initiative: who took part, how success is judged, and what came of it.
 */
@Entity
@Table(name = "quick_win")
public class QuickWin extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coalition_id", nullable = false, updatable = false)
    private Coalition coalition;

    @NotBlank
    @Size(max = 150)
    @Column(nullable = false)
    private String title;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuickWinKind kind;

    @Size(max = 1000)
    @Column(name = "success_criteria")
    private String successCriteria;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuickWinStatus status = QuickWinStatus.PLANNED;

    @Size(max = 2000)
    private String outcome;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @ManyToMany
    @JoinTable(
            name = "quick_win_stakeholder",
            joinColumns = @JoinColumn(name = "quick_win_id"),
            inverseJoinColumns = @JoinColumn(name = "stakeholder_id"))
    private Set<Stakeholder> stakeholders = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "quick_win_member",
            joinColumns = @JoinColumn(name = "quick_win_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> members = new LinkedHashSet<>();

    protected QuickWin() {
        // for JPA
    }

    public QuickWin(
            Coalition coalition,
            String title,
            QuickWinKind kind,
            String successCriteria,
            LocalDate dueOn,
            Set<Stakeholder> stakeholders,
            Set<Person> members) {
        this.coalition = coalition;
        this.title = title.strip();
        this.kind = kind;
        this.successCriteria = successCriteria == null || successCriteria.isBlank() ? null : successCriteria.strip();
        this.dueOn = dueOn;
        this.stakeholders = new LinkedHashSet<>(stakeholders);
        this.members = new LinkedHashSet<>(members);
    }

    public void start() {
        if (status == QuickWinStatus.PLANNED) {
            status = QuickWinStatus.IN_PROGRESS;
        }
    }

    /** Finishes the quick win, completed or abandoned, with what came of it. */
    public void finish(boolean completed, String outcome, LocalDate on) {
        this.status = completed ? QuickWinStatus.COMPLETED : QuickWinStatus.ABANDONED;
        this.outcome = outcome == null || outcome.isBlank() ? null : outcome.strip();
        this.completedOn = on;
    }

    public Coalition getCoalition() {
        return coalition;
    }

    public String getTitle() {
        return title;
    }

    public QuickWinKind getKind() {
        return kind;
    }

    public String getSuccessCriteria() {
        return successCriteria;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public QuickWinStatus getStatus() {
        return status;
    }

    public String getOutcome() {
        return outcome;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public Set<Stakeholder> getStakeholders() {
        return stakeholders;
    }

    public Set<Person> getMembers() {
        return members;
    }
}
