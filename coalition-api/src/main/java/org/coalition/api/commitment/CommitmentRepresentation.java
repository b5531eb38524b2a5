package org.coalition.api.commitment;

import java.time.LocalDate;
import org.coalition.commitment.CommitmentOutcome;
import org.coalition.commitment.CommitmentRow;
import org.coalition.commitment.CommitmentStatus;
import org.coalition.commitment.KeptRatio;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A promise: who (a member, by user name) promised whom (a stakeholder, or a member) what, by when, from which one-on-one,
 * and where it stands today; {@code what} only for those who may read notes.
 */
@Schema(description = "A commitment (a promise made in a one-on-one or a sync)")
public record CommitmentRepresentation(
        long id,
        long version,
        String promisedBy,
        String promisedByName,
        Long toStakeholderId,
        String toName,
        boolean toMember,
        Long conversationId,
        String what,
        LocalDate madeOn,
        LocalDate dueOn,
        CommitmentStatus status,
        CommitmentOutcome outcome,
        LocalDate settledOn) {

    public static CommitmentRepresentation of(CommitmentRow row) {
        return new CommitmentRepresentation(
                row.id(),
                row.version(),
                row.promisedByUsername(),
                row.promisedByName(),
                row.toStakeholderId(),
                row.toName(),
                row.toMember(),
                row.conversationId(),
                row.what(),
                row.madeOn(),
                row.dueOn(),
                row.status(),
                row.outcome(),
                row.settledOn());
    }

    /** How reliably promises were kept: {@code percent} is null while nothing was due. */
    @Schema(description = "The kept ratio: kept of kept, broken and overdue, in whole percent rounded down")
    public record Ratio(long kept, long broken, long overdue, long open, Integer percent) {

        public static Ratio of(KeptRatio ratio) {
            return new Ratio(
                    ratio.kept(),
                    ratio.broken(),
                    ratio.overdue(),
                    ratio.open(),
                    ratio.percent().isPresent() ? ratio.percent().getAsInt() : null);
        }
    }
}
