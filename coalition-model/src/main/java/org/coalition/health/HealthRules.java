package org.coalition.health;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.coalition.coalition.Phase;
import org.coalition.health.CoalitionFacts.StakeholderFact;
import org.coalition.shared.Said;
import org.coalition.stakeholder.Stance;
import org.coalition.stakeholder.Verification;

/**
 * Detects the four pitfalls in a coalition's facts and scores its health. Pure: the same facts and day
 * always give the same assessment.
 * <p>
 * Scoring: each pitfall area starts with its weight (alignment 30, trust 25, communication 25,
 * differences 20) and loses the share of it that its findings say is wrong:
 * alignment loses the share of key stakeholders whose stance is assumed; trust loses everything when
 * the main initiative runs without a completed quick win, half when no completed quick win involved a
 * key stakeholder; communication loses half when the sync or update is overdue, a quarter when two or
 * more syncs were missed in a row, and up to a quarter for the share of inactive members; differences
 * lose a quarter per stale difference and per silent drift (up to half each), and half when skeptics or
 * opponents are present but no difference was ever recorded. The score is the sum, 0–100.
 */
public final class HealthRules {

    private final HealthThresholds thresholds;

    public HealthRules(HealthThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public HealthAssessment assess(CoalitionFacts facts, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        Map<Pitfall, Integer> scores = new EnumMap<>(Pitfall.class);
        scores.put(Pitfall.ASSUMED_ALIGNMENT, alignment(facts, today, findings));
        scores.put(Pitfall.SKIPPED_TRUST, trust(facts, findings));
        scores.put(Pitfall.SPORADIC_COMMUNICATION, communication(facts, today, findings));
        scores.put(Pitfall.IGNORED_DIFFERENCES, differences(facts, today, findings));
        int score = scores.values().stream().mapToInt(Integer::intValue).sum();
        return new HealthAssessment(Math.max(0, Math.min(100, score)), scores, List.copyOf(findings));
    }

    private List<StakeholderFact> keyStakeholders(CoalitionFacts facts) {
        return facts.stakeholders().stream().filter(s -> s.influence() >= thresholds.influenceCutOff()).toList();
    }

    int alignment(CoalitionFacts facts, LocalDate today, List<Finding> findings) {
        Verification verification = new Verification(thresholds.verificationDays());
        // those a pending decision needs are key, whatever their influence rating
        java.util.Set<Long> deciders = new java.util.HashSet<>();
        facts.pendingDecisions().forEach(d -> deciders.addAll(d.deciderIds()));
        List<StakeholderFact> key = facts.stakeholders().stream()
                .filter(s -> s.influence() >= thresholds.influenceCutOff() || deciders.contains(s.id())).toList();
        List<StakeholderFact> assumed = key.stream()
                .filter(s -> !verification.isVerified(s.lastConversationOn(), s.stanceSince(), today)).toList();
        if (!assumed.isEmpty()) {
            findings.add(new Finding(Pitfall.ASSUMED_ALIGNMENT,
                    Said.of("said.health.assumedProblem", assumed.size(), key.size(), thresholds.verificationDays()),
                    Said.of("said.health.assumedCorrection"),
                    assumed.stream().map(s -> new Evidence("stakeholder", s.id(), s.name())).toList()));
        }
        // a decision counted on approvers whose stance nobody checked is alignment assumed, named as such
        for (CoalitionFacts.DecisionFact decision : facts.pendingDecisions()) {
            List<StakeholderFact> unverified = assumed.stream().filter(s -> decision.deciderIds().contains(s.id())).toList();
            if (!unverified.isEmpty()) {
                findings.add(new Finding(Pitfall.ASSUMED_ALIGNMENT,
                        Said.of("said.health.decisionAssumedProblem", decision.title(), unverified.size()),
                        Said.of("said.health.decisionAssumedCorrection"),
                        unverified.stream().map(s -> new Evidence("stakeholder", s.id(), s.name())).toList()));
            }
        }
        return key.isEmpty() ? Pitfall.ASSUMED_ALIGNMENT.weight()
                : share(Pitfall.ASSUMED_ALIGNMENT.weight(), 1.0 - (double) assumed.size() / key.size());
    }

    int trust(CoalitionFacts facts, List<Finding> findings) {
        boolean mainInitiative = facts.phase() == Phase.MAIN_INITIATIVE || facts.phase() == Phase.SUSTAINING;
        if (mainInitiative && facts.completedQuickWins().isEmpty()) {
            findings.add(new Finding(Pitfall.SKIPPED_TRUST,
                    Said.of("said.health.noQuickWinProblem"), Said.of("said.health.noQuickWinCorrection"),
                    List.of()));
            return 0;
        }
        Set<Long> key = keyStakeholders(facts).stream().map(StakeholderFact::id).collect(Collectors.toSet());
        boolean anyWithKey = facts.completedQuickWins().stream().anyMatch(q -> q.stakeholderIds().stream().anyMatch(key::contains));
        if (!facts.completedQuickWins().isEmpty() && !key.isEmpty() && !anyWithKey) {
            findings.add(new Finding(Pitfall.SKIPPED_TRUST,
                    Said.of("said.health.winsWithoutKeyProblem"), Said.of("said.health.winsWithoutKeyCorrection"),
                    facts.completedQuickWins().stream().map(q -> new Evidence("quick-win", q.id(), q.title())).toList()));
            return share(Pitfall.SKIPPED_TRUST.weight(), 0.5);
        }
        return Pitfall.SKIPPED_TRUST.weight();
    }

    int communication(CoalitionFacts facts, LocalDate today, List<Finding> findings) {
        double lost = 0;
        int interval = facts.cadence().intervalDays();
        LocalDate lastContact = latest(facts.lastSyncOn(), facts.lastUpdateOn());
        if (lastContact == null || ChronoUnit.DAYS.between(lastContact, today) > interval + thresholds.cadenceToleranceDays()) {
            findings.add(new Finding(Pitfall.SPORADIC_COMMUNICATION,
                    lastContact == null ? Said.of("said.health.noContactProblem")
                            : Said.of("said.health.silenceProblem", ChronoUnit.DAYS.between(lastContact, today), interval),
                    Said.of("said.health.silenceCorrection"),
                    List.of()));
            lost += 0.5;
        }
        int missed = facts.cadence().missedInARow(facts.syncsHeld(), today, thresholds.cadenceToleranceDays());
        if (missed >= 2) {
            findings.add(new Finding(Pitfall.SPORADIC_COMMUNICATION, Said.of("said.health.missedProblem", missed),
                    Said.of("said.health.missedCorrection"), List.of()));
            lost += 0.25;
        }
        long inactiveAfter = (long) interval * thresholds.inactivePeriods();
        var inactive = facts.members().stream()
                .filter(m -> m.lastActivityOn() == null || ChronoUnit.DAYS.between(m.lastActivityOn(), today) > inactiveAfter)
                .toList();
        if (!inactive.isEmpty()) {
            findings.add(new Finding(Pitfall.SPORADIC_COMMUNICATION,
                    Said.of("said.health.inactiveProblem", inactive.size(), thresholds.inactivePeriods()),
                    Said.of("said.health.inactiveCorrection"),
                    inactive.stream().map(m -> new Evidence("member", m.personId(), m.name())).toList()));
            lost += 0.25 * inactive.size() / Math.max(1, facts.members().size());
        }
        return share(Pitfall.SPORADIC_COMMUNICATION.weight(), 1.0 - lost);
    }

    int differences(CoalitionFacts facts, LocalDate today, List<Finding> findings) {
        double lost = 0;
        var stale = facts.openDifferences().stream()
                .filter(d -> ChronoUnit.DAYS.between(d.lastActivityOn(), today) > thresholds.staleDifferenceDays()).toList();
        if (!stale.isEmpty()) {
            findings.add(new Finding(Pitfall.IGNORED_DIFFERENCES,
                    Said.of("said.health.staleProblem", stale.size(), thresholds.staleDifferenceDays()),
                    Said.of("said.health.staleCorrection"),
                    stale.stream().map(d -> new Evidence("difference", d.id(), d.topic())).toList()));
            lost += Math.min(0.5, 0.25 * stale.size());
        }
        var drift = facts.stakeholders().stream().filter(s -> silentDrift(s)).toList();
        if (!drift.isEmpty()) {
            findings.add(new Finding(Pitfall.IGNORED_DIFFERENCES,
                    Said.of("said.health.driftProblem", drift.size()), Said.of("said.health.driftCorrection"),
                    drift.stream().map(s -> new Evidence("stakeholder", s.id(), s.name() + ": " + s.previousStance().label()
                            + " \u2192 " + s.stance().label())).toList()));
            lost += Math.min(0.5, 0.25 * drift.size());
        }
        var doubters = facts.stakeholders().stream()
                .filter(s -> s.stance() == Stance.SKEPTIC || s.stance() == Stance.OPPONENT).toList();
        if (!doubters.isEmpty() && facts.differencesEverRecorded() == 0) {
            findings.add(new Finding(Pitfall.IGNORED_DIFFERENCES,
                    Said.of("said.health.unspokenProblem", doubters.size()), Said.of("said.health.unspokenCorrection"),
                    doubters.stream().map(s -> new Evidence("stakeholder", s.id(), s.name())).toList()));
            lost += 0.5;
        }
        return share(Pitfall.IGNORED_DIFFERENCES.weight(), 1.0 - lost);
    }

    /** A stance that fell and was followed by neither a conversation nor a disagreement. */
    static boolean silentDrift(StakeholderFact s) {
        if (s.previousStance() == null || s.stanceChangedOn() == null || s.stance().score() >= s.previousStance().score()) {
            return false;
        }
        boolean talkedSince = s.lastConversationOn() != null && !s.lastConversationOn().isBefore(s.stanceChangedOn());
        boolean disagreementSince = s.lastDifferenceOn() != null && !s.lastDifferenceOn().isBefore(s.stanceChangedOn());
        return !talkedSince && !disagreementSince;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static int share(int weight, double fraction) {
        return (int) Math.round(weight * Math.max(0, Math.min(1, fraction)));
    }
}
