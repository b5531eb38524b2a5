package org.coalition.playbook;

import java.util.List;
import org.coalition.coalition.Phase;

/** Where a coalition stands in the method: every phase's checklist and the next best step. */
public record Playbook(Phase phase, List<PhaseChecklist> phases, NextStep nextStep) {

    public PhaseChecklist current() {
        return phases.stream().filter(PhaseChecklist::current).findFirst().orElseThrow();
    }

    public ChecklistItem item(String id) {
        return phases.stream()
                .flatMap(p -> p.items().stream())
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No checklist item " + id));
    }
}
