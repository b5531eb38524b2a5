package org.coalition.engagement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A motivation as typed while logging a conversation. */
public class MotivationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{MotivationDraft.chooseWhatKindMotivation}")
    private MotivationCategory category;

    @NotBlank(message = "{MotivationDraft.describeMotivationFewWords}")
    @Size(max = 500, message = "{MotivationDraft.motivationDescribed500Characters}")
    private String description;

    @Min(value = 1, message = "{MotivationDraft.strength1Mild3}")
    @Max(value = 3, message = "{MotivationDraft.strength1Mild3}")
    private int strength = 2;

    public MotivationDraft() {}

    public MotivationDraft(MotivationCategory category, String description, int strength) {
        this.category = category;
        this.description = description;
        this.strength = strength;
    }

    public MotivationCategory getCategory() {
        return category;
    }

    public void setCategory(MotivationCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getStrength() {
        return strength;
    }

    public void setStrength(int strength) {
        this.strength = strength;
    }
}
