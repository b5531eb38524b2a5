package org.coalition.rhythm;

import java.io.Serializable;
import java.time.ZonedDateTime;

/** One sync meeting of the series, in the cadence's time zone. */
public record SyncOccurrence(ZonedDateTime start, ZonedDateTime end) implements Serializable {}
