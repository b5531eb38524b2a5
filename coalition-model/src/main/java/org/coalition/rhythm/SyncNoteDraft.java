package org.coalition.rhythm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** What a member writes down after a sync. */
public class SyncNoteDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ATTENDEES_MAX = 1000;
    public static final int TEXT_MAX = 4000;

    @NotNull(message = "{SyncNote.enterDateSyncWas}")
    @PastOrPresent(message = "{SyncNoteDraft.writeNoteAfterSync}")
    private LocalDate heldOn;

    @NotBlank(message = "{SyncNote.whoTookPartSync}")
    @Size(max = ATTENDEES_MAX, message = "{SyncNote.attendees1000Characters}")
    private String attendees;

    @Size(max = TEXT_MAX, message = "{SyncNote.decisions4000Characters}")
    private String decisions;

    @Size(max = TEXT_MAX, message = "{SyncNote.nextSteps4000}")
    private String nextSteps;

    public SyncNoteDraft() {}

    public SyncNoteDraft(LocalDate heldOn, String attendees, String decisions, String nextSteps) {
        this.heldOn = heldOn;
        this.attendees = attendees;
        this.decisions = decisions;
        this.nextSteps = nextSteps;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }
}
