package org.coalition.api.milestone;

import java.time.Instant;
import java.time.LocalDate;
import org.coalition.milestone.Milestone;
import org.coalition.milestone.MilestoneStatus;
import org.coalition.milestone.MilestoneSummary;

/** A milestone with its decision, if taken, and the progress of its tasks. */
public record MilestoneRepresentation(
        long id,
        long version,
        long coalitionId,
        String title,
        String description,
        LocalDate dueOn,
        MilestoneStatus status,
        String proposedBy,
        String decidedBy,
        Instant decidedAt,
        String decisionComment,
        Progress progress) {

    /** How many of the milestone's tasks stand where. */
    public record Progress(int toDo, int inProgress, int blocked, int done, int percentDone) {}

    static MilestoneRepresentation of(MilestoneSummary summary) {
        Milestone m = summary.milestone();
        var p = summary.progress();
        return new MilestoneRepresentation(
                m.getId(),
                m.getVersion(),
                m.getCoalition().getId(),
                m.getTitle(),
                m.getDescription(),
                m.getDueOn(),
                m.getStatus(),
                m.getProposedBy(),
                m.getDecidedBy(),
                m.getDecidedAt(),
                m.getDecisionComment(),
                new Progress(p.toDo(), p.inProgress(), p.blocked(), p.done(), p.percentDone()));
    }
}
