package org.coalition.rhythm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.coalition.shared.BaseEntity;

/** The record of one sync: who came, what was decided, what happens next. */
@Entity
@Table(name = "sync_note")
public class SyncNote extends BaseEntity {

    @Column(name = "coalition_id", nullable = false, updatable = false)
    private long coalitionId;

    @NotNull(message = "{SyncNote.enterDateSyncWas}")
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @NotBlank(message = "{SyncNote.whoTookPartSync}")
    @Size(max = SyncNoteDraft.ATTENDEES_MAX, message = "{SyncNote.attendees1000Characters}")
    @Column(nullable = false)
    private String attendees;

    @Size(max = SyncNoteDraft.TEXT_MAX, message = "{SyncNote.decisions4000Characters}")
    private String decisions;

    @Size(max = SyncNoteDraft.TEXT_MAX, message = "{SyncNote.nextSteps4000}")
    @Column(name = "next_steps")
    private String nextSteps;

    @NotBlank
    @Size(max = 200)
    @Column(name = "written_by", nullable = false)
    private String writtenBy;

    @NotNull
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected SyncNote() {
        // for JPA
    }

    public SyncNote(long coalitionId, SyncNoteDraft draft, String writtenBy, Instant writtenAt) {
        this.coalitionId = coalitionId;
        this.heldOn = draft.getHeldOn();
        this.attendees = draft.getAttendees().strip();
        this.decisions = blankToNull(draft.getDecisions());
        this.nextSteps = blankToNull(draft.getNextSteps());
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public long getCoalitionId() {
        return coalitionId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getAttendees() {
        return attendees;
    }

    public String getDecisions() {
        return decisions;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
