package org.coalition.playbook;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.coalition.coalition.Phase;
import org.coalition.health.HealthThresholds;

/**
 * Every checklist item of the method, per phase, with the rule that says from the coalition's data whether
 * it is done. Nothing here is ticked by hand. Pure: the same facts and day always give the same answer.
 */
public enum ChecklistRule {
    STAKEHOLDERS_MAPPED(
            Phase.DISCOVERY,
            "Key stakeholders mapped",
            PlaybookPage.STAKEHOLDERS,
            "Map at least " + ChecklistRule.MIN_STAKEHOLDERS
                    + " stakeholders across departments, including the ones with high influence.") {
        @Override
        boolean done(PlaybookFacts f, LocalDate today, HealthThresholds t) {
            return f.stakeholders() >= MIN_STAKEHOLDERS && f.keyStakeholders() >= 1;
        }
    },
    KEY_ONE_ON_ONES(
            Phase.DISCOVERY,
            "One-on-ones held with every high-influence stakeholder",
            PlaybookPage.STAKEHOLDERS,
            "Open each high-influence stakeholder and log a one-on-one: ask what challenges their team is facing.") {
        @Override
        boolean done(PlaybookFacts f, LocalDate today, HealthThresholds t) {
            return f.keyStakeholders() >= 1 && f.keyWithoutRecentOneOnOne() == 0;
        }
    },
    MOTIVATIONS_RECORDED(
            Phase.DISCOVERY,
            "Motivations recorded for every high-influence stakeholder",
            PlaybookPage.STAKEHOLDERS,
            "With each one-on-one, record what drives them: recognition, budget, workload, autonomy…") {
        @Override
        boolean done(PlaybookFacts f, LocalDate today, HealthThresholds t) {
            return f.keyStakeholders() >= 1 && f.keyWithMotivations() >= f.keyStakeholders();
        }
    },
    SPONSOR_ON_BOARD(
            Phase.DISCOVERY,
            "An executive sponsor on board",
            PlaybookPage.OVERVIEW,
            "Ask an executive to sponsor the coalition; an administrator grants the sponsor role.") {
        @Override
        boolean done(PlaybookFacts f, LocalDate today, HealthThresholds t) {
            return f.sponsors() >= 1;
        }
    },

    PURPOSE_DRAFTED(
            Phase.TRUST_BUILDING,
            "Shared purpose written",
            PlaybookPage.COMMON_GROUND,
            "Write the shared purpose in a few sentences, in words every stakeholder can say yes to.") {
        @Override
        boolean done(PlaybookFacts f, LocalDate today, HealthThresholds t) {
            return f.purposeRevisions() >= 1;
        }
    },
    PURPOSE_AGREED(
            Phase.TRUST_BUILDING,
            "Shared purpose agreed by every high-influence stakeholder",
            PlaybookPage.COMMON_GROUND,
            "Frame the purpose for each key stakeholder on their page, linked to their motivations, and record their sign-on.") {
        @Override
        boolean done(PlaybookFacts f, LocalDate today, HealthThresholds t) {
            return f.purposeRevisions() >= 1 && f.keyStakeholders() >= 1 && f.keySignedOn() >= f.keyStakeholders();
        }
    },
    QUICK_WIN_WITH_KEY(
            Phase.TRUST_BUILDING,
            "A quick win completed with key stakeholders",
            PlaybookPage.QUICK_WINS,
            "Plan a small joint win — a pilot, a one-page paper, a low-stakes update — with a high-influence stakeholder, and complete it.") {
        @Override
        boolean done(PlaybookFacts f, LocalDate today, HealthThresholds t) {
            return f.completedQuickWinsWithKey() >= 1;
        }
    },
    RHYTHM_AGREED(
            Phase.TRUST_BUILDING,
            "Sync rhythm agreed",
            PlaybookPage.RHYTHM,
            "Set the sync cadence (weekday, time, every 1–4 weeks) so everyone can put it in their calendar.") {
        @Override
        boolean done(PlaybookFacts f, LocalDate today, HealthThresholds t) {
            return f.cadenceSet();
        }
    },

    MILESTONE_APPROVED(
            Phase.MAIN_INITIATIVE,
            "Milestones approved by a sponsor",
            PlaybookPage.DASHBOARD,
            "Propose the main initiative's milestones; a sponsor approves them.") {
        @Override
        boolean done(PlaybookFacts f, LocalDate today, HealthThresholds t) {
            return f.approvedMilestones() >= 1;
        }
    },
    SYNCS_ON_RHYTHM(
            Phase.MAIN_INITIATIVE,
            "Syncs held on rhythm",
            PlaybookPage.RHYTHM,
            "Hold the sync as scheduled and write its note: attendees, decisions, next steps.") {
        @Override
        boolean done(PlaybookFacts f, LocalDate today, HealthThresholds t) {
            return f.lastSyncOn() != null
                    && ChronoUnit.DAYS.between(f.lastSyncOn(), today)
                            <= f.cadenceIntervalDays() + t.cadenceToleranceDays();
        }
    },
    DIFFERENCES_IN_THE_OPEN(
            Phase.MAIN_INITIATIVE,
            "Differences named and worked through",
            PlaybookPage.DIFFERENCES,
            "Record each disagreement with the positions and interests behind it, and keep none open without activity.") {
        @Override
        boolean done(PlaybookFacts f, LocalDate today, HealthThresholds t) {
            return f.staleDifferences() == 0 && (f.doubters() == 0 || f.differencesEver() >= 1);
        }
    },

    MILESTONES_DELIVERED(
            Phase.SUSTAINING,
            "Approved milestones delivered",
            PlaybookPage.DASHBOARD,
            "Finish the open tasks of the approved milestones, or re-plan them in the next sync.") {
        @Override
        boolean done(PlaybookFacts f, LocalDate today, HealthThresholds t) {
            return f.approvedMilestones() >= 1 && f.openTasksOnApproved() == 0;
        }
    },
    CONTRIBUTIONS_RECOGNISED(
            Phase.SUSTAINING,
            "Contributions recognised in the last " + ChecklistRule.RECOGNITION_DAYS + " days",
            PlaybookPage.DASHBOARD,
            "Say thank you in public for a contribution: it goes on the wins wall.") {
        @Override
        boolean done(PlaybookFacts f, LocalDate today, HealthThresholds t) {
            return f.lastRecognitionOn() != null
                    && ChronoUnit.DAYS.between(f.lastRecognitionOn(), today) <= RECOGNITION_DAYS;
        }
    },
    DIFFERENCES_SETTLED(
            Phase.SUSTAINING,
            "Every difference resolved",
            PlaybookPage.DIFFERENCES,
            "Decide the open disagreements, with the rationale and any dissent on record.") {
        @Override
        boolean done(PlaybookFacts f, LocalDate today, HealthThresholds t) {
            return f.openDifferences() == 0;
        }
    },

    RETROSPECTIVE_WRITTEN(
            Phase.CLOSED,
            "Retrospective written",
            PlaybookPage.OVERVIEW,
            "Closing asks what worked and what to repeat.") {
        @Override
        boolean done(PlaybookFacts f, LocalDate today, HealthThresholds t) {
            return f.retrospectiveWritten();
        }
    },
    WINS_CELEBRATED(
            Phase.CLOSED,
            "Wins celebrated",
            PlaybookPage.DASHBOARD,
            "Closing posts a celebration of the coalition's wins on the feed.") {
        @Override
        boolean done(PlaybookFacts f, LocalDate today, HealthThresholds t) {
            return f.celebrations() >= 1;
        }
    },
    ALLIES_CARRIED_FORWARD(
            Phase.CLOSED,
            "Allies carried into the ally network",
            PlaybookPage.OVERVIEW,
            "Closing records the champions, supporters and members as allies for the next initiative.") {
        @Override
        boolean done(PlaybookFacts f, LocalDate today, HealthThresholds t) {
            return f.allies() >= 1;
        }
    };

    /** How many stakeholders make a first map worth the name. */
    public static final int MIN_STAKEHOLDERS = 3;
    /** How recent a public thank-you must be to keep recognition alive while sustaining. */
    public static final int RECOGNITION_DAYS = 30;

    private final Phase phase;
    private final String label;
    private final PlaybookPage page;
    private final String hint;

    ChecklistRule(Phase phase, String label, PlaybookPage page, String hint) {
        this.phase = phase;
        this.label = label;
        this.page = page;
        this.hint = hint;
    }

    abstract boolean done(PlaybookFacts facts, LocalDate today, HealthThresholds thresholds);

    public Phase phase() {
        return phase;
    }

    public String label() {
        return label;
    }

    public PlaybookPage page() {
        return page;
    }

    public String hint() {
        return hint;
    }

    /** The stable id pages and tests refer to, e.g. {@code key-one-on-ones}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public ChecklistItem evaluate(PlaybookFacts facts, LocalDate today, HealthThresholds thresholds) {
        return new ChecklistItem(id(), label, done(facts, today, thresholds), page, hint);
    }
}
