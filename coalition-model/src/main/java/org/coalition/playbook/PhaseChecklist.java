package org.coalition.playbook;

import java.util.List;
import org.coalition.coalition.Phase;

/** The checklist of one phase; {@code current} marks the phase the coalition is in. */
public record PhaseChecklist(Phase phase, boolean current, List<ChecklistItem> items) {

    public long doneCount() {
        return items.stream().filter(ChecklistItem::done).count();
    }

    public boolean complete() {
        return doneCount() == items.size();
    }
}
