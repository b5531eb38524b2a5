package org.coalition.coalition;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What someone types to propose a coalition or change its basics; validated before anything is stored. */
public class CoalitionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 120;
    public static final int OBJECTIVE_MAX = 2000;

    @NotBlank(message = "Give the coalition a name.")
    @Size(max = NAME_MAX, message = "The name can be at most " + NAME_MAX + " characters.")
    private String name;

    @NotBlank(message = "State the shared objective.")
    @Size(max = OBJECTIVE_MAX, message = "The objective can be at most 2,000 characters.")
    private String objective;

    @NotNull(message = "Choose a target date.")
    @FutureOrPresent(message = "The target date cannot be in the past.")
    private LocalDate targetDate;

    public CoalitionDraft() {
    }

    public CoalitionDraft(String name, String objective, LocalDate targetDate) {
        this.name = name;
        this.objective = objective;
        this.targetDate = targetDate;
    }

    public static CoalitionDraft of(Coalition coalition) {
        return new CoalitionDraft(coalition.getName(), coalition.getObjective(), coalition.getTargetDate());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }
}
