package org.coalition.api.milestone;

import java.time.LocalDate;
import org.coalition.milestone.MilestoneDraft;

/** What a member sends to propose or revise a milestone; the service validates it. */
public record MilestoneInput(String title, String description, LocalDate dueOn) {

    MilestoneDraft toDraft() {
        return new MilestoneDraft(title, description, dueOn);
    }
}
