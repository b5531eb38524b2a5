package org.coalition.coalition;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** What someone types to propose a coalition or change its basics; validated before anything is stored. */
public class CoalitionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 120;
    public static final int OBJECTIVE_MAX = 2000;

    @NotBlank(message = "{CoalitionDraft.giveCoalitionName}")
    @Size(max = NAME_MAX, message = "{CoalitionDraft.nameMax}")
    private String name;

    @NotBlank(message = "{CoalitionDraft.stateSharedObjective}")
    @Size(max = OBJECTIVE_MAX, message = "{CoalitionDraft.objective2000Characters}")
    private String objective;

    @NotNull(message = "{CoalitionDraft.chooseTargetDate}")
    @FutureOrPresent(message = "{CoalitionDraft.targetDateCannotPast}")
    private LocalDate targetDate;

    public CoalitionDraft() {}

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
