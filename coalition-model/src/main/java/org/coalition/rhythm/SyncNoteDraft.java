package org.coalition.rhythm;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** What a member writes down after a sync. */
public class SyncNoteDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ATTENDEES_MAX = 1000;
    public static final int TEXT_MAX = 4000;

    @NotNull(message = "Enter the date the sync was held.")
    @PastOrPresent(message = "Write the note after the sync: its date cannot be in the future.")
    private LocalDate heldOn;

    @NotBlank(message = "Who took part in the sync?")
    @Size(max = ATTENDEES_MAX, message = "The attendees can be at most 1,000 characters.")
    private String attendees;

    @Size(max = TEXT_MAX, message = "The decisions can be at most 4,000 characters.")
    private String decisions;

    @Size(max = TEXT_MAX, message = "The next steps can be at most 4,000 characters.")
    private String nextSteps;

    public SyncNoteDraft() {
    }

    public SyncNoteDraft(LocalDate heldOn, String attendees, String decisions, String nextSteps) {
        this.heldOn = heldOn;
        this.attendees = attendees;
        this.decisions = decisions;
        this.nextSteps = nextSteps;
    }

    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getAttendees() { return attendees; }
    public void setAttendees(String attendees) { this.attendees = attendees; }
    public String getDecisions() { return decisions; }
    public void setDecisions(String decisions) { this.decisions = decisions; }
    public String getNextSteps() { return nextSteps; }
    public void setNextSteps(String nextSteps) { this.nextSteps = nextSteps; }
}
