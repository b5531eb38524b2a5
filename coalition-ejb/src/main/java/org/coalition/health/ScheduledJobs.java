package org.coalition.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coalition.privacy.RetentionService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily jobs — health snapshots at 01:30, note retention at 02:45, reminders at 07:15 — as
 * non-persistent calendar timers whose times are configuration ({@code COALITION_JOBS_HEALTH_SNAPSHOTS_SCHEDULE},
 * {@code COALITION_JOBS_NOTE_RETENTION_SCHEDULE},
 * {@code COALITION_JOBS_REMINDERS_SCHEDULE}: {@code hour:minute[:second]}, each part an EJB calendar
 * expression such as {@code *}/{@code 10}), so the cluster test can make every server fire within seconds.
 * <p>
 * Every server of a cluster fires them; the jobs themselves make each period's work happen once
 * (unique keys claimed in their own transactions, or updates of what is not done yet), see
 * {@link HealthService#takeScheduledSnapshots()}, {@link ReminderService#sendScheduledReminders()} and
 * {@link RetentionService#redactScheduled()}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
public class ScheduledJobs {

    private static final Logger LOG = Logger.getLogger(ScheduledJobs.class.getName());
    static final String HEALTH_SNAPSHOTS = "daily health snapshots";
    static final String REMINDERS = "daily reminders";
    static final String NOTE_RETENTION = "daily note retention";

    @Resource
    private TimerService timers;

    @EJB
    private HealthService health;

    @EJB
    private ReminderService reminders;

    @EJB
    private RetentionService retention;

    @Inject
    @ConfigProperty(name = "coalition.jobs.health-snapshots.schedule", defaultValue = "1:30")
    String healthSnapshotsSchedule;

    @Inject
    @ConfigProperty(name = "coalition.jobs.reminders.schedule", defaultValue = "7:15")
    String remindersSchedule;

    @Inject
    @ConfigProperty(name = "coalition.jobs.note-retention.schedule", defaultValue = "2:45")
    String noteRetentionSchedule;

    @PostConstruct
    void createTimers() {
        timers.createCalendarTimer(schedule(healthSnapshotsSchedule), new TimerConfig(HEALTH_SNAPSHOTS, false));
        timers.createCalendarTimer(schedule(remindersSchedule), new TimerConfig(REMINDERS, false));
        timers.createCalendarTimer(schedule(noteRetentionSchedule), new TimerConfig(NOTE_RETENTION, false));
        LOG.info(() -> "Health snapshots at " + healthSnapshotsSchedule + ", reminders at " + remindersSchedule
                + ", note retention at " + noteRetentionSchedule + " (hour:minute[:second])");
    }

    /** {@code hour:minute[:second]} as a calendar expression; the second defaults to 0. */
    static ScheduleExpression schedule(String value) {
        String[] parts = value.trim().split(":");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException(
                    "A job schedule is hour:minute[:second], e.g. 7:15 or *:*:*/10, not '" + value + "'");
        }
        return new ScheduleExpression().hour(parts[0]).minute(parts[1]).second(parts.length == 3 ? parts[2] : "0");
    }

    @Timeout
    void run(Timer timer) {
        String job = String.valueOf(timer.getInfo());
        try {
            Object done = switch (job) {
                case HEALTH_SNAPSHOTS -> health.takeScheduledSnapshots();
                case NOTE_RETENTION -> retention.redactScheduled();
                default -> reminders.sendScheduledReminders();
            };
            LOG.log(Level.INFO, "{0}: {1} recorded by this server", new Object[] {job, done});
        } catch (RuntimeException e) {
            // logged, not rethrown: a failed run is not retried at once; the next period runs again
            LOG.log(Level.WARNING, job + " failed", e);
        }
    }
}
