package org.coalition.exchange;

import java.io.Serializable;

/**
 * What an import did: how many stakeholders it stored (all in one transaction), how many likely
 * duplicates it left out and how many rows were invalid. {@code stored} is false when nothing was
 * stored because the person chose "all or nothing" and a row was invalid.
 */
public record ImportOutcome(boolean stored, int imported, int duplicatesSkipped, int invalid, ImportReport report)
        implements Serializable {}
