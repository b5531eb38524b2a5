package org.coalition.health;

import java.time.LocalDate;
import java.util.List;
import org.coalition.coalition.Phase;
import org.coalition.rhythm.Cadence;
import org.coalition.stakeholder.Stance;

/**
 * What the health rules need to know about a coalition, gathered with one query per area.
 *
 * @param lastSyncOn   date of the latest sync note, or null
 * @param lastUpdateOn date of the latest update posted to the feed, or null
 * @param pendingDecisions milestones awaiting their decision that name approvers or veto holders
 * @param promises     promises still open, and those broken
 * @param ratingFlags  each stakeholder's latest closed blind rating round: whether it flagged them, and when it closed
 * @param coverage     how many coverage tags there are and which qualities the supporters carry
 */
public record CoalitionFacts(
        Phase phase,
        List<StakeholderFact> stakeholders,
        List<QuickWinFact> completedQuickWins,
        Cadence cadence,
        List<LocalDate> syncsHeld,
        LocalDate lastSyncOn,
        LocalDate lastUpdateOn,
        List<MemberFact> members,
        List<DifferenceFact> openDifferences,
        int differencesEverRecorded,
        List<DecisionFact> pendingDecisions,
        List<PromiseFact> promises,
        List<RatingFlagFact> ratingFlags,
        CoverageFact coverage) {

    /** Facts without rating rounds or coverage tags. */
    public CoalitionFacts(
            Phase phase,
            List<StakeholderFact> stakeholders,
            List<QuickWinFact> completedQuickWins,
            Cadence cadence,
            List<LocalDate> syncsHeld,
            LocalDate lastSyncOn,
            LocalDate lastUpdateOn,
            List<MemberFact> members,
            List<DifferenceFact> openDifferences,
            int differencesEverRecorded,
            List<DecisionFact> pendingDecisions,
            List<PromiseFact> promises) {
        this(
                phase,
                stakeholders,
                completedQuickWins,
                cadence,
                syncsHeld,
                lastSyncOn,
                lastUpdateOn,
                members,
                openDifferences,
                differencesEverRecorded,
                pendingDecisions,
                promises,
                List.of(),
                CoverageFact.NONE);
    }

    /** The same facts with these rating rounds' outcomes. */
    public CoalitionFacts withRatingFlags(List<RatingFlagFact> ratingFlags) {
        return new CoalitionFacts(
                phase,
                stakeholders,
                completedQuickWins,
                cadence,
                syncsHeld,
                lastSyncOn,
                lastUpdateOn,
                members,
                openDifferences,
                differencesEverRecorded,
                pendingDecisions,
                promises,
                ratingFlags,
                coverage);
    }

    /** The same facts with this coverage. */
    public CoalitionFacts withCoverage(CoverageFact coverage) {
        return new CoalitionFacts(
                phase,
                stakeholders,
                completedQuickWins,
                cadence,
                syncsHeld,
                lastSyncOn,
                lastUpdateOn,
                members,
                openDifferences,
                differencesEverRecorded,
                pendingDecisions,
                promises,
                ratingFlags,
                coverage);
    }

    /** A stakeholder's latest closed rating round: whether its outcome flagged them as assumed, and the day it closed. */
    public record RatingFlagFact(long stakeholderId, boolean flagged, LocalDate closedOn) {}

    /**
     * The coverage check's tags: how many were recorded (none: the coalition does not use it, nothing is missing), and
     * which of the four qualities at least one supporter (a member, or a supportive stakeholder) is tagged with.
     */
    public record CoverageFact(int tags, java.util.Set<org.coalition.coverage.Quality> carried) {

        public static final CoverageFact NONE = new CoverageFact(0, java.util.Set.of());

        public CoverageFact {
            carried = java.util.Set.copyOf(carried);
        }
    }

    /** Facts without promises. */
    public CoalitionFacts(
            Phase phase,
            List<StakeholderFact> stakeholders,
            List<QuickWinFact> completedQuickWins,
            Cadence cadence,
            List<LocalDate> syncsHeld,
            LocalDate lastSyncOn,
            LocalDate lastUpdateOn,
            List<MemberFact> members,
            List<DifferenceFact> openDifferences,
            int differencesEverRecorded,
            List<DecisionFact> pendingDecisions) {
        this(
                phase,
                stakeholders,
                completedQuickWins,
                cadence,
                syncsHeld,
                lastSyncOn,
                lastUpdateOn,
                members,
                openDifferences,
                differencesEverRecorded,
                pendingDecisions,
                List.of());
    }

    /** The same facts with these promises. */
    public CoalitionFacts withPromises(List<PromiseFact> promises) {
        return new CoalitionFacts(
                phase,
                stakeholders,
                completedQuickWins,
                cadence,
                syncsHeld,
                lastSyncOn,
                lastUpdateOn,
                members,
                openDifferences,
                differencesEverRecorded,
                pendingDecisions,
                promises,
                ratingFlags,
                coverage);
    }

    /**
     * A promise a member made (commitments register): to a stakeholder ({@code toStakeholderId}) or a member, due by a
     * day; {@code outcome} null while open, else kept or broken on {@code settledOn}.
     */
    public record PromiseFact(
            long id,
            String promisedBy,
            Long toStakeholderId,
            String toName,
            LocalDate dueOn,
            org.coalition.commitment.CommitmentOutcome outcome,
            LocalDate settledOn) {}

    /** Facts without pending decisions. */
    public CoalitionFacts(
            Phase phase,
            List<StakeholderFact> stakeholders,
            List<QuickWinFact> completedQuickWins,
            Cadence cadence,
            List<LocalDate> syncsHeld,
            LocalDate lastSyncOn,
            LocalDate lastUpdateOn,
            List<MemberFact> members,
            List<DifferenceFact> openDifferences,
            int differencesEverRecorded) {
        this(
                phase,
                stakeholders,
                completedQuickWins,
                cadence,
                syncsHeld,
                lastSyncOn,
                lastUpdateOn,
                members,
                openDifferences,
                differencesEverRecorded,
                List.of(),
                List.of());
    }

    /** A milestone awaiting its decision and the stakeholders (approvers, veto holders) it needs. */
    public record DecisionFact(long milestoneId, String title, List<Long> deciderIds) {}

    /**
     * @param previousStance      the stance before the latest change, or null if it never changed
     * @param stanceChangedOn     when the latest change happened
     * @param lastDifferenceOn    the latest date a difference involving them was opened or active, or null
     * @param engagementCurrent   their engagement now, or null while not assessed
     * @param engagementDesired   the engagement the change needs of them, or null while not assessed
     */
    public record StakeholderFact(
            long id,
            String name,
            int influence,
            Stance stance,
            LocalDate stanceSince,
            LocalDate lastConversationOn,
            Stance previousStance,
            LocalDate stanceChangedOn,
            LocalDate lastDifferenceOn,
            org.coalition.stakeholder.Engagement engagementCurrent,
            org.coalition.stakeholder.Engagement engagementDesired) {

        /** A stakeholder whose engagement is not assessed. */
        public StakeholderFact(
                long id,
                String name,
                int influence,
                Stance stance,
                LocalDate stanceSince,
                LocalDate lastConversationOn,
                Stance previousStance,
                LocalDate stanceChangedOn,
                LocalDate lastDifferenceOn) {
            this(
                    id,
                    name,
                    influence,
                    stance,
                    stanceSince,
                    lastConversationOn,
                    previousStance,
                    stanceChangedOn,
                    lastDifferenceOn,
                    null,
                    null);
        }
    }

    /** A completed quick win and the ids of the stakeholders who took part. */
    public record QuickWinFact(long id, String title, List<Long> stakeholderIds) {}

    /** A member or sponsor and the date of their latest recorded activity (audit trail), or null. */
    public record MemberFact(long personId, String name, LocalDate lastActivityOn) {}

    public record DifferenceFact(long id, String topic, LocalDate lastActivityOn) {}
}
