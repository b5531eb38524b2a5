package org.coalition.exchange;

import java.io.Serializable;
import java.util.List;
import org.coalition.stakeholder.StakeholderDraft;

/**
 * The report on one data row: its number as a spreadsheet shows it (the header is row 1), the verdict,
 * the messages (the stakeholder form's own), which record it likely duplicates, and the draft read from it.
 */
public record RowReport(
        int rowNumber, RowStatus status, List<String> messages, String duplicateOf, StakeholderDraft draft)
        implements Serializable {

    public RowReport {
        messages = List.copyOf(messages);
    }

    public boolean valid() {
        return status != RowStatus.INVALID;
    }
}
