package org.coalition.work;

import org.coalition.rhythm.SyncOccurrence;

/** When one of the caller's coalitions next meets. */
public record NextSync(long coalitionId, String coalitionName, SyncOccurrence occurrence) implements java.io.Serializable {
}
