package org.coalition.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The health advisor's and the reminder job's thresholds, from MicroProfile Config (environment variables
 * such as {@code COALITION_HEALTH_STALE_DIFFERENCE_DAYS} work too), with the documented defaults.
 */
@ApplicationScoped
public class HealthSettings {

    @Inject
    @ConfigProperty(name = "coalition.health.influence-cut-off", defaultValue = "4")
    int influenceCutOff;

    @Inject
    @ConfigProperty(name = "coalition.verification.window-days", defaultValue = "60")
    int verificationDays;

    @Inject
    @ConfigProperty(name = "coalition.health.stale-difference-days", defaultValue = "14")
    int staleDifferenceDays;

    @Inject
    @ConfigProperty(name = "coalition.health.cadence-tolerance-days", defaultValue = "2")
    int cadenceToleranceDays;

    @Inject
    @ConfigProperty(name = "coalition.health.inactive-periods", defaultValue = "2")
    int inactivePeriods;

    @Inject
    @ConfigProperty(name = "coalition.reminders.sync-lead-days", defaultValue = "1")
    int syncLeadDays;

    @Inject
    @ConfigProperty(name = "coalition.reminders.one-on-one-lead-days", defaultValue = "7")
    int oneOnOneLeadDays;

    @Inject
    @ConfigProperty(name = "coalition.reminders.repeat-days", defaultValue = "7")
    int repeatDays;

    public HealthThresholds thresholds() {
        return new HealthThresholds(
                influenceCutOff, verificationDays, staleDifferenceDays, cadenceToleranceDays, inactivePeriods);
    }

    public ReminderSettings reminders() {
        return new ReminderSettings(syncLeadDays, oneOnOneLeadDays, repeatDays);
    }
}
