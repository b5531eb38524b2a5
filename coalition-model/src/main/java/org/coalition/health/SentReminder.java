package org.coalition.health;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.coalition.shared.BaseEntity;

/** That a reminder went out: its key is unique per coalition, so a second server posting it fails and stays silent. */
@Entity
@Table(name = "sent_reminder", uniqueConstraints = @UniqueConstraint(columnNames = {"coalition_id", "reminder_key"}))
public class SentReminder extends BaseEntity {

    @Column(name = "coalition_id", nullable = false, updatable = false)
    private long coalitionId;

    @NotBlank
    @Size(max = 200)
    @Column(name = "reminder_key", nullable = false, updatable = false)
    private String key;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Reminder.Kind kind;

    @NotNull
    @Column(name = "sent_on", nullable = false, updatable = false)
    private LocalDate sentOn;

    @Column(nullable = false, updatable = false)
    private int recipients;

    protected SentReminder() {
        // for JPA
    }

    public SentReminder(long coalitionId, Reminder reminder, LocalDate sentOn) {
        this.coalitionId = coalitionId;
        this.key = reminder.key();
        this.kind = reminder.kind();
        this.sentOn = sentOn;
        this.recipients = reminder.recipients().size();
    }

    public long getCoalitionId() {
        return coalitionId;
    }

    public String getKey() {
        return key;
    }

    public Reminder.Kind getKind() {
        return kind;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public int getRecipients() {
        return recipients;
    }
}
