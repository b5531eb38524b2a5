package org.coalition.milestone;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.playbook.Ally;
import org.coalition.playbook.Retrospective;
import org.coalition.rhythm.SyncOccurrence;

/**
 * What a coalition's dashboard shows when it is opened, as one viewer may see it (the shared parts — health,
 * feed, wins wall — and the task table's pages are read separately, only when they are shown).
 *
 * @param coalition     the coalition and what the viewer may do there (not its people: a coalition has hundreds;
 *                      the task form's picker suggests them by name, {@link org.coalition.coalition.CoalitionService#suggestWorkers})
 * @param milestones    every milestone with its progress, soonest due first
 * @param nextSync      when the coalition next meets
 * @param retrospective a closed coalition's retrospective, {@code null} while it runs or when none was written
 * @param allies        the allies a closed coalition carried forward (empty while it runs)
 */
public record Dashboard(
        CoalitionOverview coalition,
        List<MilestoneSummary> milestones,
        SyncOccurrence nextSync,
        Retrospective retrospective,
        List<Ally> allies)
        implements Serializable {

    /** Milestones the dashboard shows unless all are asked for. */
    public static final int MILESTONES_SHOWN = 8;

    public Dashboard {
        milestones = List.copyOf(milestones);
        allies = List.copyOf(allies);
    }

    /**
     * The milestones to show as a timeline by due date (undated last): all when asked for or few; otherwise
     * the {@value #MILESTONES_SHOWN} most pressing — awaiting a decision first, then rejected ones, then by due date.
     */
    public List<MilestoneSummary> timeline(boolean all) {
        List<MilestoneSummary> shown = all || milestones.size() <= MILESTONES_SHOWN
                ? milestones
                : milestones.stream()
                        .sorted(Comparator.comparingInt((MilestoneSummary ms) -> switch (ms.milestone()
                                        .getStatus()) {
                                    case PROPOSED -> 0;
                                    case REJECTED -> 1;
                                    default -> 2;
                                })
                                .thenComparing(
                                        ms -> ms.milestone().getDueOn(),
                                        Comparator.nullsLast(Comparator.naturalOrder())))
                        .limit(MILESTONES_SHOWN)
                        .toList();
        return shown.stream()
                .sorted(Comparator.comparing(
                                (MilestoneSummary ms) -> ms.milestone().getDueOn(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ms -> ms.milestone().getId()))
                .toList();
    }
}
