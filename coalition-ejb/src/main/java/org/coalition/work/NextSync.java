package org.coalition.work;

import java.io.Serializable;
import org.coalition.rhythm.SyncOccurrence;

/** When one of the caller's coalitions next meets. */
public record NextSync(long coalitionId, String coalitionName, SyncOccurrence occurrence) implements Serializable {}
