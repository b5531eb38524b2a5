package org.coalition.api.coalition;

import java.time.LocalDate;
import org.coalition.coalition.CoalitionDraft;

/** What a caller sends to propose a coalition or change its basics; the service validates it. */
public record CoalitionInput(String name, String objective, LocalDate targetDate) {

    CoalitionDraft toDraft() {
        return new CoalitionDraft(name, objective, targetDate);
    }
}
