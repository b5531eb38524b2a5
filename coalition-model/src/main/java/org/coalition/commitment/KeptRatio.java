package org.coalition.commitment;

import java.util.OptionalInt;

/**
 * How reliably a coalition keeps its promises: of the promises that were kept, broken, or are open past their date,
 * the share that was kept. An open promise not yet due does not count either way; an overdue one counts as not kept
 * (yet), so letting promises slide lowers the ratio as much as breaking them.
 *
 * @param kept    promises marked kept
 * @param broken  promises marked broken
 * @param overdue open promises whose due date has passed
 * @param open    open promises not yet due
 */
public record KeptRatio(long kept, long broken, long overdue, long open) implements java.io.Serializable {

    public KeptRatio {
        if (kept < 0 || broken < 0 || overdue < 0 || open < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    /** The promises the ratio is about: kept, broken and overdue. */
    public long due() {
        return kept + broken + overdue;
    }

    /**
     * The kept share in whole percent, empty while nothing was due. Rounded down, so that 100 % means every promise
     * was kept: one broken in two hundred is 99 %.
     */
    public OptionalInt percent() {
        long due = due();
        return due == 0 ? OptionalInt.empty() : OptionalInt.of((int) (kept * 100 / due));
    }

    /** Every promise recorded. */
    public long total() {
        return due() + open;
    }
}
