package org.coalition.exchange;

import java.io.Serializable;
import java.util.List;

/** Every row's verdict, in file order, with the counts a page shows above them. */
public record ImportReport(List<RowReport> rows) implements Serializable {

    public ImportReport {
        rows = List.copyOf(rows);
    }

    public long count(RowStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    public boolean hasInvalid() {
        return count(RowStatus.INVALID) > 0;
    }

    /** The rows an import would store: valid ones, and likely duplicates when asked to. */
    public List<RowReport> importable(boolean includeDuplicates) {
        return rows.stream()
                .filter(r -> r.status() == RowStatus.VALID || (includeDuplicates && r.status() == RowStatus.DUPLICATE))
                .toList();
    }
}
