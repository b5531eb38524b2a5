package org.coalition.playbook;

import java.time.LocalDate;
import org.coalition.coalition.Phase;
import org.coalition.stakeholder.EngagementGap;

/**
 * What the playbook checklist needs to know about a coalition: counts and dates read with a fixed number
 * of aggregate queries, however many stakeholders it has. "Key" means an influence at or above the health
 * advisor's cut-off; "recent" means within its verification window.
 *
 * @param keyWithoutRecentOneOnOne key stakeholders with no one-on-one within the verification window
 * @param keyWithMotivations       key stakeholders with at least one motivation recorded
 * @param keySignedOn              key stakeholders whose framing of the purpose is signed on
 * @param completedQuickWinsWithKey completed quick wins that at least one key stakeholder took part in
 * @param cadenceIntervalDays      days between syncs (the default weekly cadence when none is set)
 * @param lastSyncOn               the latest sync held, or null
 * @param openTasksOnApproved      tasks of approved milestones that are not done
 * @param staleDifferences         unresolved differences without activity for longer than the stale threshold
 * @param doubters                 skeptics and opponents among the stakeholders
 * @param lastRecognitionOn        the latest public thank-you on the feed, or null
 * @param widestKeyGap             the first of the ranked engagement gaps among key stakeholders
 *                                 ({@link EngagementGap#RANKING}), or null for none
 */
public record PlaybookFacts(
        Phase phase,
        int stakeholders,
        int keyStakeholders,
        int keyWithoutRecentOneOnOne,
        int keyWithMotivations,
        int sponsors,
        int purposeRevisions,
        int keySignedOn,
        int completedQuickWins,
        int completedQuickWinsWithKey,
        boolean cadenceSet,
        int cadenceIntervalDays,
        int syncsHeld,
        LocalDate lastSyncOn,
        int approvedMilestones,
        int openTasksOnApproved,
        int differencesEver,
        int openDifferences,
        int staleDifferences,
        int doubters,
        LocalDate lastRecognitionOn,
        int celebrations,
        boolean retrospectiveWritten,
        int allies,
        EngagementGap widestKeyGap) {

    /** Facts without an engagement gap. */
    public PlaybookFacts(
            Phase phase,
            int stakeholders,
            int keyStakeholders,
            int keyWithoutRecentOneOnOne,
            int keyWithMotivations,
            int sponsors,
            int purposeRevisions,
            int keySignedOn,
            int completedQuickWins,
            int completedQuickWinsWithKey,
            boolean cadenceSet,
            int cadenceIntervalDays,
            int syncsHeld,
            LocalDate lastSyncOn,
            int approvedMilestones,
            int openTasksOnApproved,
            int differencesEver,
            int openDifferences,
            int staleDifferences,
            int doubters,
            LocalDate lastRecognitionOn,
            int celebrations,
            boolean retrospectiveWritten,
            int allies) {
        this(
                phase,
                stakeholders,
                keyStakeholders,
                keyWithoutRecentOneOnOne,
                keyWithMotivations,
                sponsors,
                purposeRevisions,
                keySignedOn,
                completedQuickWins,
                completedQuickWinsWithKey,
                cadenceSet,
                cadenceIntervalDays,
                syncsHeld,
                lastSyncOn,
                approvedMilestones,
                openTasksOnApproved,
                differencesEver,
                openDifferences,
                staleDifferences,
                doubters,
                lastRecognitionOn,
                celebrations,
                retrospectiveWritten,
                allies,
                null);
    }
}
