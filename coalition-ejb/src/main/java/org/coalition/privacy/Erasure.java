package org.coalition.privacy;

import java.io.Serializable;

/** What one erasure changed: how many stakeholder records, one-on-ones and coalitions, and whether a person record. */
public record Erasure(int stakeholderRecords, int conversations, int coalitions, boolean personRecord)
        implements Serializable {}
