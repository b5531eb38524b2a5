package org.coalition.playbook;

import java.time.LocalDate;
import org.coalition.coalition.Phase;

/** Test-only: facts of a coalition where nothing has been done yet, changed one field at a time. */
final class FactsBuilder {

    Phase phase = Phase.DISCOVERY;
    int stakeholders, keyStakeholders, keyWithoutRecentOneOnOne, keyWithMotivations, sponsors;
    int purposeRevisions, keySignedOn, completedQuickWins, completedQuickWinsWithKey;
    boolean cadenceSet;
    int cadenceIntervalDays = 7, syncsHeld;
    LocalDate lastSyncOn;
    int approvedMilestones, openTasksOnApproved, differencesEver, openDifferences, staleDifferences, doubters;
    LocalDate lastRecognitionOn;
    int celebrations;
    boolean retrospectiveWritten;
    int allies;
    org.coalition.stakeholder.EngagementGap widestKeyGap;

    /** Applies one {@code field=value} change, e.g. {@code keyStakeholders=2} or {@code lastSyncOn=-9} (days before today). */
    FactsBuilder with(String assignment, LocalDate today) {
        String[] kv = assignment.strip().split("=");
        String field = kv[0].strip();
        String value = kv[1].strip();
        try {
            var f = FactsBuilder.class.getDeclaredField(field);
            if (f.getType() == int.class) {
                f.setInt(this, Integer.parseInt(value));
            } else if (f.getType() == boolean.class) {
                f.setBoolean(this, Boolean.parseBoolean(value));
            } else if (f.getType() == LocalDate.class) {
                f.set(this, value.equals("null") ? null : today.plusDays(Integer.parseInt(value)));
            } else if (f.getType() == Phase.class) {
                f.set(this, Phase.valueOf(value));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("No fact " + field, e);
        }
        return this;
    }

    FactsBuilder with(String assignments, LocalDate today, String separator) {
        if (assignments != null && !assignments.isBlank()) {
            for (String a : assignments.split(separator)) {
                with(a, today);
            }
        }
        return this;
    }

    PlaybookFacts build() {
        return new PlaybookFacts(
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
                widestKeyGap);
    }
}
