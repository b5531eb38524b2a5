package org.coalition.web.rhythm;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.rhythm.CadenceDraft;
import org.coalition.rhythm.CadenceSetting;
import org.coalition.rhythm.RhythmService;
import org.coalition.rhythm.SyncNote;
import org.coalition.rhythm.SyncNoteDraft;
import org.coalition.rhythm.SyncOccurrence;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.coalition.web.platform.PagedModel;

/**
 * The coalition's communication rhythm: when it syncs, the calendar link to subscribe to, and the
 * notes of the syncs held.
 */
@Named
@ViewScoped
public class RhythmView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted()
            .toList();

    @EJB
    private RhythmService rhythm;

    @EJB
    private CoalitionService coalitions;

    private Long id;
    private CoalitionOverview coalition;
    private CadenceSetting setting;
    private CadenceDraft cadence;
    /** The sync time as typed, "HH:mm": Faces has no converter for LocalTime. */
    private String time;

    private List<SyncOccurrence> nextSyncs;
    private String feedToken;
    private SyncNoteDraft note = freshNote();

    private final PagedModel<SyncNote> notes = new PagedModel<>(
            () -> rhythm.countSyncNotes(id),
            (first, pageSize, sortBy) -> rhythm.syncNotes(id, first, pageSize),
            SyncNote::getId);

    public void load() {
        coalition = coalitions.heading(id);
        // The token first: asking for it stores the cadence row, and with it the version to edit
        feedToken = may(CoalitionAction.MANAGE_RHYTHM) ? rhythm.feedToken(id) : null;
        setting = rhythm.cadence(id);
        cadence = CadenceDraft.of(setting.cadence());
        time = HOURS_MINUTES.format(cadence.getTime());
        nextSyncs = rhythm.nextSyncs(id, 4);
    }

    public void saveCadence() {
        cadence.setTime(LocalTime.parse(time, HOURS_MINUTES));
        attempt(() -> rhythm.setCadence(id, setting.version(), cadence), I18n.text("msg.cadenceSaved"));
    }

    public void regenerateFeedToken() {
        attempt(() -> rhythm.regenerateFeedToken(id), I18n.text("msg.feedTokenRegenerated"));
    }

    public void recordSync() {
        if (attempt(() -> rhythm.recordSync(id, note), I18n.text("msg.syncNoteSaved"))) {
            note = freshNote();
        }
    }

    /** Runs a change; expected refusals become messages; either way the page shows the latest state. */
    private boolean attempt(Runnable change, String success) {
        Messages.Outcome outcome = Messages.attempt(change, success);
        boolean done = outcome.done();
        boolean refusedInput = outcome == Messages.Outcome.INVALID_INPUT;
        CadenceDraft typed = cadence;
        String typedTime = time;
        load();
        if (refusedInput) {
            // Keep what was typed, so it can be corrected instead of typed again (not after a concurrent
            // change: then the page shows the other person's cadence)
            cadence = typed;
            time = typedTime;
        }
        return done;
    }

    private static SyncNoteDraft freshNote() {
        SyncNoteDraft fresh = new SyncNoteDraft();
        fresh.setHeldOn(LocalDate.now());
        return fresh;
    }

    /** The link calendar apps subscribe to, on the host and port this page was reached at. */
    public String getSubscriptionUrl() {
        if (feedToken == null) {
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String scheme = external.getRequestScheme();
        int port = external.getRequestServerPort();
        boolean defaultPort = ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return scheme + "://" + external.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + external.getRequestContextPath() + "/calendar/" + feedToken + ".ics";
    }

    /** What the access table lets the viewer do here; pages name the action as {@code CoalitionAction.X} (o:importConstants). */
    public boolean may(CoalitionAction action) {
        return coalition != null && coalition.may(action);
    }

    public String dayLabel(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, I18n.locale());
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public List<String> getTimeZones() {
        return TIME_ZONES;
    }

    public List<Integer> getIntervals() {
        return List.of(1, 2, 3, 4);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CoalitionOverview getCoalition() {
        return coalition;
    }

    public CadenceSetting getSetting() {
        return setting;
    }

    public CadenceDraft getCadence() {
        return cadence;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public List<SyncOccurrence> getNextSyncs() {
        return nextSyncs;
    }

    public String getFeedToken() {
        return feedToken;
    }

    public SyncNoteDraft getNote() {
        return note;
    }

    public PagedModel<SyncNote> getNotes() {
        return notes;
    }
}
