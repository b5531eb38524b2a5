package org.coalition.rhythm;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the VTIMEZONE that RFC 5545 requires for every TZID used, from the JDK's own zone rules, so
 * clients without that zone (or with an older copy of it) still place the sync at the right hour.
 * Only what the series needs is written: the offset in force when it starts, the known transitions
 * after that, then the yearly daylight-saving rules as RRULEs.
 */
final class TimeZoneComponent {

    /** Years checked before trusting an RRULE for a rule: covers every weekday and leap-year combination. */
    private static final int YEARS_VERIFIED = 28;
    /** Years written out one by one when a rule cannot be said as an RRULE. */
    private static final int YEARS_LISTED = 50;

    private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

    private TimeZoneComponent() {
    }

    static void write(ContentLines lines, ZoneId zone, String tzid, Instant seriesStart) {
        ZoneRules rules = zone.getRules();
        lines.line("BEGIN", "VTIMEZONE");
        lines.line("TZID", tzid);

        ZoneOffsetTransition inForce = rules.previousTransition(seriesStart.plusSeconds(1));
        if (inForce == null) {
            ZoneOffset offset = rules.getOffset(seriesStart);
            observance(lines, rules.isDaylightSavings(seriesStart), EPOCH, offset, offset, null);
        } else {
            transition(lines, rules, inForce);
        }

        List<ZoneOffsetTransition> explicit = rules.getTransitions();
        Instant lastExplicit = explicit.isEmpty() ? Instant.MIN : explicit.get(explicit.size() - 1).getInstant();
        for (ZoneOffsetTransition next = rules.nextTransition(seriesStart);
             next != null && !next.getInstant().isAfter(lastExplicit);
             next = rules.nextTransition(next.getInstant())) {
            transition(lines, rules, next);
        }

        Instant rulesFrom = seriesStart.isAfter(lastExplicit) ? seriesStart : lastExplicit;
        for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
            yearly(lines, rule, rulesFrom);
        }
        lines.line("END", "VTIMEZONE");
    }

    private static void transition(ContentLines lines, ZoneRules rules, ZoneOffsetTransition transition) {
        observance(lines, rules.isDaylightSavings(transition.getInstant()), transition.getDateTimeBefore(),
                transition.getOffsetBefore(), transition.getOffsetAfter(), null);
    }

    /** A rule from the zone database, as one observance repeating every year after {@code after}. */
    private static void yearly(ContentLines lines, ZoneOffsetTransitionRule rule, Instant after) {
        int year = LocalDateTime.ofInstant(after, ZoneOffset.UTC).getYear();
        while (!rule.createTransition(year).getInstant().isAfter(after)) {
            year++;
        }
        ZoneOffsetTransition first = rule.createTransition(year);
        boolean daylight = !rule.getOffsetAfter().equals(rule.getStandardOffset());
        String recurrence = recurrence(rule, year);
        if (recurrence != null) {
            observance(lines, daylight, first.getDateTimeBefore(), rule.getOffsetBefore(), rule.getOffsetAfter(),
                    "RRULE:" + recurrence);
        } else {
            List<String> dates = new ArrayList<>();
            for (int y = year + 1; y < year + YEARS_LISTED; y++) {
                dates.add(ContentLines.local(rule.createTransition(y).getDateTimeBefore()));
            }
            observance(lines, daylight, first.getDateTimeBefore(), rule.getOffsetBefore(), rule.getOffsetAfter(),
                    "RDATE:" + String.join(",", dates));
        }
    }

    /**
     * The RRULE that yields the rule's local transition dates, or {@code null} when the simple forms
     * do not fit (checked against the rule itself over {@value #YEARS_VERIFIED} years).
     */
    private static String recurrence(ZoneOffsetTransitionRule rule, int year) {
        LocalDateTime first = rule.createTransition(year).getDateTimeBefore();
        Month month = first.getMonth();
        DayOfWeek dayOfWeek = rule.getDayOfWeek();
        int shift = (int) ChronoUnit.DAYS.between(nominalDate(rule, year), first.toLocalDate());
        int indicator = rule.getDayOfMonthIndicator();
        String byDay;
        if (dayOfWeek == null) {
            byDay = "BYMONTHDAY=" + first.getDayOfMonth();
        } else {
            String day = dayOfWeek.plus(shift).name().substring(0, 2);
            // The sync day is the weekday inside a seven-day window, counted from the start or the end
            int from = indicator > 0 ? indicator + shift : indicator - 6 + shift;
            int to = from + 6;
            if (indicator > 0 && from >= 1 && (from - 1) % 7 == 0 && to <= 28) {
                byDay = "BYDAY=" + ((from - 1) / 7 + 1) + day;
            } else if (indicator < 0 && to <= -1 && (-to - 1) % 7 == 0 && from >= -28) {
                byDay = "BYDAY=-" + ((-to - 1) / 7 + 1) + day;
            } else if ((from >= 1 && to <= month.minLength()) || (to <= -1 && from >= -28)) {
                StringBuilder days = new StringBuilder();
                for (int d = from; d <= to; d++) {
                    days.append(days.length() == 0 ? "" : ",").append(d);
                }
                byDay = "BYMONTHDAY=" + days + ";BYDAY=" + day;
            } else {
                return null;
            }
        }
        String recurrence = "FREQ=YEARLY;BYMONTH=" + month.getValue() + ";" + byDay;
        for (int y = year; y < year + YEARS_VERIFIED; y++) {
            LocalDateTime expected = rule.createTransition(y).getDateTimeBefore();
            if (!expected.toLocalTime().equals(first.toLocalTime())
                    || !expected.toLocalDate().equals(dateOf(month, byDay, y))) {
                return null;
            }
        }
        return recurrence;
    }

    /** The date the rule names for a year, before its time is read in the offset before the change. */
    private static LocalDate nominalDate(ZoneOffsetTransitionRule rule, int year) {
        int indicator = rule.getDayOfMonthIndicator();
        LocalDate date = indicator < 0
                ? LocalDate.of(year, rule.getMonth(), rule.getMonth().length(LocalDate.of(year, 1, 1).isLeapYear())
                        + 1 + indicator)
                : LocalDate.of(year, rule.getMonth(), indicator);
        if (rule.getDayOfWeek() != null) {
            date = indicator < 0 ? date.with(TemporalAdjusters.previousOrSame(rule.getDayOfWeek()))
                    : date.with(TemporalAdjusters.nextOrSame(rule.getDayOfWeek()));
        }
        return rule.isMidnightEndOfDay() ? date.plusDays(1) : date;
    }

    /** Evaluates the small RRULE subset written above, to check it against the zone rule. */
    private static LocalDate dateOf(Month month, String byDay, int year) {
        LocalDate firstOfMonth = LocalDate.of(year, month, 1);
        int length = firstOfMonth.lengthOfMonth();
        if (byDay.startsWith("BYMONTHDAY=") && !byDay.contains(";")) {
            return firstOfMonth.withDayOfMonth(Integer.parseInt(byDay.substring("BYMONTHDAY=".length())));
        }
        if (byDay.startsWith("BYDAY=")) {
            String value = byDay.substring("BYDAY=".length());
            DayOfWeek day = dayOf(value.substring(value.length() - 2));
            int ordinal = Integer.parseInt(value.substring(0, value.length() - 2));
            return ordinal > 0
                    ? firstOfMonth.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day))
                    : firstOfMonth.with(TemporalAdjusters.lastInMonth(day)).minusWeeks(-ordinal - 1L);
        }
        String[] parts = byDay.split(";");
        String[] days = parts[0].substring("BYMONTHDAY=".length()).split(",");
        DayOfWeek day = dayOf(parts[1].substring("BYDAY=".length()));
        for (String d : days) {
            int n = Integer.parseInt(d);
            int dayOfMonth = n > 0 ? n : length + 1 + n;
            if (dayOfMonth >= 1 && dayOfMonth <= length && firstOfMonth.withDayOfMonth(dayOfMonth).getDayOfWeek() == day) {
                return firstOfMonth.withDayOfMonth(dayOfMonth);
            }
        }
        return null;
    }

    private static DayOfWeek dayOf(String twoLetters) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(twoLetters.toUpperCase(Locale.ROOT))) {
                return day;
            }
        }
        throw new IllegalArgumentException(twoLetters);
    }

    private static void observance(ContentLines lines, boolean daylight, LocalDateTime onset, ZoneOffset from,
                                   ZoneOffset to, String recurrence) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        lines.line("BEGIN", kind);
        lines.line("DTSTART", ContentLines.local(onset));
        lines.line("TZOFFSETFROM", ContentLines.offset(from));
        lines.line("TZOFFSETTO", ContentLines.offset(to));
        if (recurrence != null) {
            int colon = recurrence.indexOf(':');
            lines.line(recurrence.substring(0, colon), recurrence.substring(colon + 1));
        }
        lines.line("END", kind);
    }
}
