package org.coalition.health;

/**
 * The thresholds the health rules use (configurable).
 *
 * @param influenceCutOff      influence from which a stakeholder is "key" (default 4)
 * @param verificationDays     how recent a one-on-one must be to back a stance (default 60)
 * @param staleDifferenceDays  days without activity after which an open difference is stale (default 14)
 * @param cadenceToleranceDays days of grace after a sync was due (default 2)
 * @param inactivePeriods      cadence periods without any activity after which a member counts as inactive (default 2)
 */
public record HealthThresholds(
        int influenceCutOff,
        int verificationDays,
        int staleDifferenceDays,
        int cadenceToleranceDays,
        int inactivePeriods) {

    public static final HealthThresholds DEFAULTS = new HealthThresholds(4, 60, 14, 2, 2);
}
