package org.coalition.rhythm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.coalition.shared.BaseEntity;

/**
 * A coalition's sync cadence, stored once it is first set (or its calendar feed first asked for),
 * and the token of the calendar feed members subscribe to. The token is the feed's only credential,
 * so it is random and can be regenerated when it leaks.
 */
@Entity
@Table(name = "sync_cadence")
public class SyncCadence extends BaseEntity {

    /** Url-safe Base64 without padding: 24 random bytes make 32 characters. */
    public static final String FEED_TOKEN_PATTERN = "[A-Za-z0-9_-]{32}";

    @Column(name = "coalition_id", nullable = false, updatable = false, unique = true)
    private long coalitionId;

    @NotNull(message = "{CadenceDraft.chooseDateRhythmStarts}")
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Min(value = 1, message = "{CadenceDraft.syncTakesPlaceEvery}")
    @Max(value = Cadence.MAX_EVERY_WEEKS, message = "{CadenceDraft.syncTakesPlaceEvery}")
    @Column(name = "every_weeks", nullable = false)
    private int everyWeeks;

    @NotNull(message = "{CadenceDraft.chooseWeekdaySync}")
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    private DayOfWeek dayOfWeek;

    @NotNull(message = "{SyncCadence.enterTimeSync}")
    @Column(name = "sync_time", nullable = false)
    private LocalTime time;

    @Min(value = CadenceDraft.MIN_MINUTES, message = "{CadenceDraft.syncLasts5480}")
    @Max(value = CadenceDraft.MAX_MINUTES, message = "{CadenceDraft.syncLasts5480}")
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @NotBlank(message = "{CadenceDraft.chooseTimeZoneSync}")
    @Size(max = 60)
    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @NotNull
    @Pattern(regexp = FEED_TOKEN_PATTERN)
    @Column(name = "feed_token", nullable = false, unique = true)
    private String feedToken;

    @NotBlank
    @Size(max = 200)
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SyncCadence() {
        // for JPA
    }

    public SyncCadence(long coalitionId, Cadence cadence, String feedToken, String updatedBy, Instant updatedAt) {
        this.coalitionId = coalitionId;
        this.feedToken = feedToken;
        apply(cadence, updatedBy, updatedAt);
    }

    /**
     * The rhythm of a coalition that has not chosen one: weekly on Monday at 10:00 for 45 minutes,
     * Berlin time, from the day the coalition was created.
     */
    public static Cadence defaultFor(LocalDate createdOn) {
        return Cadence.weekly(
                createdOn, DayOfWeek.MONDAY, LocalTime.of(10, 0), Duration.ofMinutes(45), ZoneId.of("Europe/Berlin"));
    }

    /** The default rhythm of a coalition created at that moment (its creation day in UTC). */
    public static Cadence defaultFor(Instant coalitionCreatedAt) {
        return defaultFor(coalitionCreatedAt.atZone(ZoneOffset.UTC).toLocalDate());
    }

    public final void apply(Cadence cadence, String updatedBy, Instant updatedAt) {
        this.startsOn = cadence.startsOn();
        this.everyWeeks = cadence.everyWeeks();
        this.dayOfWeek = cadence.dayOfWeek();
        this.time = cadence.time();
        this.durationMinutes = Math.toIntExact(cadence.duration().toMinutes());
        this.timeZone = cadence.zone().getId();
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public void replaceFeedToken(String feedToken, String updatedBy, Instant updatedAt) {
        this.feedToken = feedToken;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public Cadence toCadence() {
        return new Cadence(
                startsOn, everyWeeks, dayOfWeek, time, Duration.ofMinutes(durationMinutes), ZoneId.of(timeZone));
    }

    public long getCoalitionId() {
        return coalitionId;
    }

    public String getFeedToken() {
        return feedToken;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
