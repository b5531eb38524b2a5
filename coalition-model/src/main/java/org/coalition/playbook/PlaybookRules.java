package org.coalition.playbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coalition.coalition.Phase;
import org.coalition.health.Finding;
import org.coalition.health.HealthThresholds;
import org.coalition.health.Pitfall;
import org.coalition.shared.Said;
import org.coalition.stakeholder.EngagementGap;

/**
 * Works out where a coalition stands in the method: each phase's checklist from {@link ChecklistRule} and
 * the next best step. A pitfall the health advisor found comes first — its correction is the next step —
 * because a coalition falling into one gains nothing from ticking the next box. Pure.
 */
public final class PlaybookRules {

    private final HealthThresholds thresholds;

    public PlaybookRules(HealthThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * @param findings the health advisor's findings for the same coalition, in its order (empty for none)
     */
    public Playbook assess(PlaybookFacts facts, List<Finding> findings, LocalDate today) {
        List<PhaseChecklist> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            List<ChecklistItem> items = new ArrayList<>();
            for (ChecklistRule rule : ChecklistRule.values()) {
                if (rule.phase() == phase) {
                    items.add(rule.evaluate(facts, today, thresholds));
                }
            }
            phases.add(new PhaseChecklist(phase, phase == facts.phase(), List.copyOf(items)));
        }
        PhaseChecklist current = phases.get(facts.phase().ordinal());
        return new Playbook(facts.phase(), List.copyOf(phases), nextStep(current, findings, facts.widestKeyGap()));
    }

    static NextStep nextStep(PhaseChecklist current, List<Finding> findings) {
        return nextStep(current, findings, null);
    }

    /**
     * A pitfall's correction first; then, while the coalition is open, the widest engagement gap of a key stakeholder
     * (where the next one-on-one should go: the engagement assessment's ranked list); then the checklist.
     */
    static NextStep nextStep(PhaseChecklist current, List<Finding> findings, EngagementGap widestKeyGap) {
        if (current.phase() != Phase.CLOSED && !findings.isEmpty()) {
            Finding first = findings.get(0);
            return new NextStep(first.correction(), pageFor(first), first.pitfall(), null);
        }
        if (current.phase() != Phase.CLOSED && widestKeyGap != null) {
            return new NextStep(
                    Said.of(
                            "said.nextStepEngagementGap",
                            widestKeyGap.name(),
                            widestKeyGap.current(),
                            widestKeyGap.desired()),
                    PlaybookPage.ENGAGEMENT,
                    null,
                    null);
        }
        for (ChecklistItem item : current.items()) {
            if (!item.done()) {
                return new NextStep(Said.asSaid(item.label() + ": " + item.hint()), item.page(), null, item.id());
            }
        }
        return switch (current.phase()) {
            case SUSTAINING -> new NextStep(Said.of("said.nextStepClose"), PlaybookPage.OVERVIEW, null, null);
            case CLOSED -> new NextStep(Said.of("said.nextStepClosed"), PlaybookPage.OVERVIEW, null, null);
            default ->
                new NextStep(
                        Said.of(
                                "said.nextStepMoveOn",
                                current.phase(),
                                Phase.values()[current.phase().ordinal() + 1]),
                        PlaybookPage.OVERVIEW,
                        null,
                        null);
        };
    }

    /** Where a finding is corrected: a quality the coalition lacks on the coverage page (its holes, the largest first), else its pitfall's page. */
    static PlaybookPage pageFor(Finding finding) {
        return COVERAGE_FINDING.equals(finding.problem().key()) ? PlaybookPage.COVERAGE : pageFor(finding.pitfall());
    }

    /** The health advisor's finding of qualities no supporter brings ({@code HealthRules}). */
    static final String COVERAGE_FINDING = "said.health.coverageProblem";

    /** Where the correction of a pitfall is done. */
    public static PlaybookPage pageFor(Pitfall pitfall) {
        return switch (pitfall) {
            case ASSUMED_ALIGNMENT -> PlaybookPage.STAKEHOLDERS;
            case SKIPPED_TRUST -> PlaybookPage.QUICK_WINS;
            case SPORADIC_COMMUNICATION -> PlaybookPage.RHYTHM;
            case IGNORED_DIFFERENCES -> PlaybookPage.DIFFERENCES;
        };
    }
}
