package org.coalition.milestone;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A milestone as a member proposes or revises it. */
public class MilestoneDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{MilestoneDraft.giveMilestoneTitle}")
    @Size(max = 150, message = "{MilestoneService.title150Characters}")
    private String title;

    @Size(max = 2000, message = "{Difference.description2000Characters}")
    private String description;

    @NotNull(message = "{MilestoneDraft.chooseDueDate}")
    @FutureOrPresent(message = "{MilestoneDraft.dueDateCannotPast}")
    private LocalDate dueOn;

    public MilestoneDraft() {}

    public MilestoneDraft(String title, String description, LocalDate dueOn) {
        this.title = title;
        this.description = description;
        this.dueOn = dueOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
