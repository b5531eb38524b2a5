package org.coalition.rhythm;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A sync cadence as a member sets it on the rhythm page. */
public class CadenceDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 480;

    @NotNull(message = "{CadenceDraft.chooseDateRhythmStarts}")
    private LocalDate startsOn;

    @Min(value = 1, message = "{CadenceDraft.syncTakesPlaceEvery}")
    @Max(value = Cadence.MAX_EVERY_WEEKS, message = "{CadenceDraft.syncTakesPlaceEvery}")
    private int everyWeeks = 1;

    @NotNull(message = "{CadenceDraft.chooseWeekdaySync}")
    private DayOfWeek dayOfWeek;

    @NotNull(message = "{CadenceDraft.enterTimeSyncE}")
    private LocalTime time;

    @Min(value = MIN_MINUTES, message = "{CadenceDraft.syncLasts5480}")
    @Max(value = MAX_MINUTES, message = "{CadenceDraft.syncLasts5480}")
    private int durationMinutes = 45;

    @NotBlank(message = "{CadenceDraft.chooseTimeZoneSync}")
    @Size(max = 60, message = "{CadenceDraft.chooseTimeZoneFrom}")
    private String timeZone;

    public CadenceDraft() {}

    public static CadenceDraft of(Cadence cadence) {
        CadenceDraft draft = new CadenceDraft();
        draft.startsOn = cadence.startsOn();
        draft.everyWeeks = cadence.everyWeeks();
        draft.dayOfWeek = cadence.dayOfWeek();
        draft.time = cadence.time();
        draft.durationMinutes = Math.toIntExact(cadence.duration().toMinutes());
        draft.timeZone = cadence.zone().getId();
        return draft;
    }

    @AssertTrue(message = "{CadenceDraft.chooseTimeZoneFrom}")
    public boolean isTimeZoneKnown() {
        if (timeZone == null || timeZone.isBlank()) {
            return true; // @NotBlank says so
        }
        try {
            ZoneId.of(timeZone.strip());
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The pure cadence; call on a valid draft only. */
    public Cadence toCadence() {
        return new Cadence(
                startsOn,
                everyWeeks,
                dayOfWeek,
                time,
                Duration.ofMinutes(durationMinutes),
                ZoneId.of(timeZone.strip()));
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public int getEveryWeeks() {
        return everyWeeks;
    }

    public void setEveryWeeks(int everyWeeks) {
        this.everyWeeks = everyWeeks;
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public void setDayOfWeek(DayOfWeek dayOfWeek) {
        this.dayOfWeek = dayOfWeek;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
