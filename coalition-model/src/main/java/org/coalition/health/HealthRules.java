package org.coalition.health;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.coalition.coalition.Phase;
import org.coalition.coverage.Quality;
import org.coalition.health.CoalitionFacts.StakeholderFact;
import org.coalition.shared.Said;

/**
 * Detects the four pitfalls in a coalition's facts and scores its health. Pure: the same facts and day
 * always give the same assessment.
 * <p>
 * Scoring: each pitfall area starts with its weight (alignment 30, trust 25, communication 25,
 * differences 20) and loses the share of it that its findings say is wrong:
 * alignment loses the share of key stakeholders whose stance is assumed (unchecked for the verification period, or
 * flagged by the latest blind rating round without a one-on-one since), where each decision awaited that names
 * approvers or veto holders weighs as one more, lost when it counts on one whose stance is assumed (whatever their
 * influence: a decision is where an assumed stance costs most), and, once the coalition tagged anyone for the coverage
 * check, each of the four qualities of a guiding coalition weighs as one more, lost while no supporter brings it; trust loses everything when
 * the main initiative runs without a completed quick win, half when no completed quick win involved a
 * key stakeholder, and a quarter per key stakeholder holding a promise of ours that is overdue or was broken within
 * the verification period (up to half: the relational bank account); communication loses half when the sync or update is overdue, a quarter when two or
 * more syncs were missed in a row, and up to a quarter for the share of inactive members; differences
 * lose a quarter per stale difference and per silent drift (up to half each), and half when skeptics or
 * opponents are present but no difference was ever recorded. The score is the sum, 0–100.
 */
public final class HealthRules {

    private final HealthThresholds thresholds;

    public HealthRules(HealthThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** The assessment from a coalition's rows (reminders and tests have them): the same as from their counts. */
    public HealthAssessment assess(CoalitionFacts facts, LocalDate today) {
        return assess(HealthFacts.of(facts, thresholds, today), today);
    }

    /** The assessment from the day's counts, as the database computes them for {@code today}. */
    public HealthAssessment assess(HealthFacts facts, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        Map<Pitfall, Integer> scores = new EnumMap<>(Pitfall.class);
        scores.put(Pitfall.ASSUMED_ALIGNMENT, alignment(facts, findings));
        scores.put(Pitfall.SKIPPED_TRUST, trust(facts, findings));
        scores.put(Pitfall.SPORADIC_COMMUNICATION, communication(facts, today, findings));
        scores.put(Pitfall.IGNORED_DIFFERENCES, differences(facts, findings));
        int score = scores.values().stream().mapToInt(Integer::intValue).sum();
        return new HealthAssessment(Math.max(0, Math.min(100, score)), scores, List.copyOf(findings));
    }

    int alignment(HealthFacts facts, List<Finding> findings) {
        int key = facts.keyStakeholders();
        int assumed = facts.assumedKey().count();
        if (assumed > 0) {
            findings.add(new Finding(
                    Pitfall.ASSUMED_ALIGNMENT,
                    Said.of("said.health.assumedProblem", assumed, key, thresholds.verificationDays()),
                    Said.of("said.health.assumedCorrection"),
                    facts.assumedKey()));
        }
        // a blind rating round found them not where the register says, or the members disagree: assumed as well
        int rated = facts.ratedAssumed().count();
        if (rated > 0) {
            findings.add(new Finding(
                    Pitfall.ASSUMED_ALIGNMENT,
                    Said.of("said.health.ratedAssumedProblem", rated),
                    Said.of("said.health.ratedAssumedCorrection"),
                    facts.ratedAssumed()));
        }
        // one finding per decision (the first few): its deciders and whom to ask are on the network page
        for (HealthFacts.AssumingDecision decision : facts.assumingDecisions().shown()) {
            findings.add(new Finding(
                    Pitfall.ASSUMED_ALIGNMENT,
                    Said.of("said.health.decisionAssumedProblem", decision.title(), decision.assumedDeciders()),
                    Said.of("said.health.decisionAssumedCorrection"),
                    List.of(new Evidence("decision", decision.milestoneId(), decision.title()))));
        }
        // a needed engagement without the current one: the gap is assumed closed (a finding; the score is the stance's)
        int unknown = facts.engagementUnknown().count();
        if (unknown > 0) {
            findings.add(new Finding(
                    Pitfall.ASSUMED_ALIGNMENT,
                    Said.of("said.health.engagementUnknownProblem", unknown, key),
                    Said.of("said.health.engagementUnknownCorrection"),
                    facts.engagementUnknown()));
        }
        // the guiding coalition's four qualities (coverage check): each weighs as one more once anyone was tagged,
        // lost while no supporter brings it — a coalition assumed to have what it needs
        int missing = facts.missingQualities();
        if (missing > 0) {
            findings.add(new Finding(
                    Pitfall.ASSUMED_ALIGNMENT,
                    Said.of("said.health.coverageProblem", missing),
                    Said.of("said.health.coverageCorrection"),
                    List.of()));
        }
        int qualities = facts.coverageTags() == 0 ? 0 : Quality.values().length;
        int weighed = key + facts.pendingDecisions() + qualities;
        int wrong = assumed + rated + facts.assumingDecisions().count() + missing;
        return weighed == 0
                ? Pitfall.ASSUMED_ALIGNMENT.weight()
                : share(Pitfall.ASSUMED_ALIGNMENT.weight(), 1.0 - (double) wrong / weighed);
    }

    int trust(HealthFacts facts, List<Finding> findings) {
        boolean mainInitiative = facts.phase() == Phase.MAIN_INITIATIVE || facts.phase() == Phase.SUSTAINING;
        int wins = facts.completedQuickWins().count();
        double lost = 0;
        if (mainInitiative && wins == 0) {
            findings.add(new Finding(
                    Pitfall.SKIPPED_TRUST,
                    Said.of("said.health.noQuickWinProblem"),
                    Said.of("said.health.noQuickWinCorrection"),
                    List.of()));
            lost = 1;
        } else if (wins > 0 && facts.keyStakeholders() > 0 && !facts.quickWinWithKey()) {
            findings.add(new Finding(
                    Pitfall.SKIPPED_TRUST,
                    Said.of("said.health.winsWithoutKeyProblem"),
                    Said.of("said.health.winsWithoutKeyCorrection"),
                    facts.completedQuickWins()));
            lost = 0.5;
        }
        // the relational bank account: each key stakeholder let down by a promise is a withdrawal
        int letDown = facts.brokenPromises().count();
        if (letDown > 0) {
            findings.add(new Finding(
                    Pitfall.SKIPPED_TRUST,
                    Said.of("said.health.brokenPromisesProblem", letDown, thresholds.verificationDays()),
                    Said.of("said.health.brokenPromisesCorrection"),
                    facts.brokenPromises()));
            lost += Math.min(0.5, 0.25 * letDown);
        }
        return share(Pitfall.SKIPPED_TRUST.weight(), 1.0 - lost);
    }

    int communication(HealthFacts facts, LocalDate today, List<Finding> findings) {
        double lost = 0;
        int interval = facts.cadence().intervalDays();
        LocalDate lastContact = latest(facts.lastSyncOn(), facts.lastUpdateOn());
        if (lastContact == null
                || ChronoUnit.DAYS.between(lastContact, today) > interval + thresholds.cadenceToleranceDays()) {
            findings.add(new Finding(
                    Pitfall.SPORADIC_COMMUNICATION,
                    lastContact == null
                            ? Said.of("said.health.noContactProblem")
                            : Said.of(
                                    "said.health.silenceProblem",
                                    ChronoUnit.DAYS.between(lastContact, today),
                                    interval),
                    Said.of("said.health.silenceCorrection"),
                    List.of()));
            lost += 0.5;
        }
        // only the latest sync held by today decides how many were missed since
        List<LocalDate> held = facts.lastSyncHeldBy() == null ? List.of() : List.of(facts.lastSyncHeldBy());
        int missed = facts.cadence().missedInARow(held, today, thresholds.cadenceToleranceDays());
        if (missed >= 2) {
            findings.add(new Finding(
                    Pitfall.SPORADIC_COMMUNICATION,
                    Said.of("said.health.missedProblem", missed),
                    Said.of("said.health.missedCorrection"),
                    List.of()));
            lost += 0.25;
        }
        int inactive = facts.inactiveMembers().count();
        if (inactive > 0) {
            findings.add(new Finding(
                    Pitfall.SPORADIC_COMMUNICATION,
                    Said.of("said.health.inactiveProblem", inactive, thresholds.inactivePeriods()),
                    Said.of("said.health.inactiveCorrection"),
                    facts.inactiveMembers()));
            lost += 0.25 * inactive / Math.max(1, facts.members());
        }
        return share(Pitfall.SPORADIC_COMMUNICATION.weight(), 1.0 - lost);
    }

    int differences(HealthFacts facts, List<Finding> findings) {
        double lost = 0;
        int stale = facts.staleDifferences().count();
        if (stale > 0) {
            findings.add(new Finding(
                    Pitfall.IGNORED_DIFFERENCES,
                    Said.of("said.health.staleProblem", stale, thresholds.staleDifferenceDays()),
                    Said.of("said.health.staleCorrection"),
                    facts.staleDifferences()));
            lost += Math.min(0.5, 0.25 * stale);
        }
        int drift = facts.drift().count();
        if (drift > 0) {
            findings.add(new Finding(
                    Pitfall.IGNORED_DIFFERENCES,
                    Said.of("said.health.driftProblem", drift),
                    Said.of("said.health.driftCorrection"),
                    facts.drift()));
            lost += Math.min(0.5, 0.25 * drift);
        }
        int doubters = facts.doubters().count();
        if (doubters > 0 && facts.differencesEverRecorded() == 0) {
            findings.add(new Finding(
                    Pitfall.IGNORED_DIFFERENCES,
                    Said.of("said.health.unspokenProblem", doubters),
                    Said.of("said.health.unspokenCorrection"),
                    facts.doubters()));
            lost += 0.5;
        }
        return share(Pitfall.IGNORED_DIFFERENCES.weight(), 1.0 - lost);
    }

    /** A stance that fell and was followed by neither a conversation nor a disagreement. */
    static boolean silentDrift(StakeholderFact s) {
        return HealthFacts.silentDrift(s);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static int share(int weight, double fraction) {
        return (int) Math.round(weight * Math.max(0, Math.min(1, fraction)));
    }
}
