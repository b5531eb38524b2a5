package org.coalition.engagement;

import java.io.Serializable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A motivation as typed while logging a conversation. */
public class MotivationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Choose what kind of motivation it is.")
    private MotivationCategory category;

    @NotBlank(message = "Describe the motivation in a few words.")
    @Size(max = 500, message = "A motivation can be described in at most 500 characters.")
    private String description;

    @Min(value = 1, message = "Strength is 1 (mild) to 3 (strong).")
    @Max(value = 3, message = "Strength is 1 (mild) to 3 (strong).")
    private int strength = 2;

    public MotivationDraft() {
    }

    public MotivationDraft(MotivationCategory category, String description, int strength) {
        this.category = category;
        this.description = description;
        this.strength = strength;
    }

    public MotivationCategory getCategory() { return category; }
    public void setCategory(MotivationCategory category) { this.category = category; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public int getStrength() { return strength; }
    public void setStrength(int strength) { this.strength = strength; }
}
