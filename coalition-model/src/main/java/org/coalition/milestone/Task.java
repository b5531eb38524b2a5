package org.coalition.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.coalition.coalition.Coalition;
import org.coalition.people.Person;
import org.coalition.shared.BaseEntity;

/** A piece of work a member owns, usually towards a milestone. */
@Entity
@Table(name = "task")
public class Task extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coalition_id", nullable = false, updatable = false)
    private Coalition coalition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "milestone_id")
    private Milestone milestone;

    @NotBlank
    @Size(max = 150)
    @Column(nullable = false)
    private String title;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignee_id", nullable = false)
    private Person assignee;

    /** The keys as plain values, read-only: for queries that match on them without joining (MyWorkService). */
    @Column(name = "assignee_id", insertable = false, updatable = false)
    private Long assigneeId;

    @Column(name = "coalition_id", insertable = false, updatable = false)
    private Long coalitionId;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status = TaskStatus.TO_DO;

    @Size(max = 2000)
    @Column(name = "progress_notes")
    private String progressNotes;

    protected Task() {
        // for JPA
    }

    public Task(Coalition coalition, Milestone milestone, String title, Person assignee, LocalDate dueOn) {
        this.coalition = coalition;
        this.milestone = milestone;
        this.title = title.strip();
        this.assignee = assignee;
        this.dueOn = dueOn;
    }

    public void update(TaskStatus status, String progressNotes) {
        this.status = status;
        this.progressNotes = progressNotes == null || progressNotes.isBlank() ? null : progressNotes.strip();
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOverdue(dueOn, today);
    }

    public Coalition getCoalition() {
        return coalition;
    }

    public Milestone getMilestone() {
        return milestone;
    }

    public String getTitle() {
        return title;
    }

    public Person getAssignee() {
        return assignee;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public String getProgressNotes() {
        return progressNotes;
    }
}
