package org.coalition.health;

/**
 * When reminders go out (configurable).
 *
 * @param syncLeadDays      a sync due within this many days is announced (default 1: the day before and the day itself)
 * @param oneOnOneLeadDays  a key stakeholder's one-on-one is due this many days before it stops backing the stance (default 7)
 * @param repeatDays        an unresolved reminder is repeated at most once in this many days (default 7)
 */
public record ReminderSettings(int syncLeadDays, int oneOnOneLeadDays, int repeatDays) {

    public static final ReminderSettings DEFAULTS = new ReminderSettings(1, 7, 7);

    public ReminderSettings {
        if (syncLeadDays < 0 || oneOnOneLeadDays < 0 || repeatDays < 1) {
            throw new IllegalArgumentException("lead days must be zero or more and the repeat period at least one day");
        }
    }
}
