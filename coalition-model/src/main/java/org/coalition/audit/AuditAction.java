package org.coalition.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coalition.rhythm.FeedPost;

/**
 * Every kind of entry on the audit trail, the one list of them: a service records one of these, never a code of
 * its own. Each keeps the code it has always been stored as ({@link #code()}, the {@code action} column: rows
 * written before this enum read the same), and the pages word it from the bundles ({@code enum.AuditAction.*}, in
 * English and German; {@code AuditActionLabelsTest} fails when one is missing).
 */
public enum AuditAction {
    ACCESS_GRANTED("access.granted"),
    ACCESS_REVOKED("access.revoked"),
    COALITION_PROPOSED("coalition.proposed"),
    COALITION_UPDATED("coalition.updated"),
    PHASE_CHANGED("coalition.phase"),
    PHASE_CHANGED_DESPITE_WARNING("coalition.phase.confirmed-warning"),
    RATIONALE_WRITTEN("coalition.rationale"),
    TEMPLATE_APPLIED("coalition.template"),
    COALITION_CLOSED("coalition.closed"),
    COMMITMENT_RECORDED("commitment.recorded"),
    COMMITMENT_SETTLED("commitment.settled"),
    CONVERSATION_LOGGED("conversation.logged"),
    DIFFERENCE_OPENED("difference.opened"),
    DIFFERENCE_PARTY_ADDED("difference.party-added"),
    DIFFERENCE_OPTIONS_RECORDED("difference.options-recorded"),
    DIFFERENCE_DISCUSSED("difference.discussed"),
    DIFFERENCE_RESOLVED("difference.resolved"),
    DIFFERENCE_REOPENED("difference.reopened"),
    FEED_UPDATE("feed.update"),
    FEED_CELEBRATION("feed.celebration"),
    FEED_RECOGNITION("feed.recognition"),
    FEED_REMINDER("feed.reminder"),
    FRAMING_WRITTEN("framing.written"),
    FRAMING_REVISED("framing.revised"),
    INFLUENCE_RECORDED("influence.recorded"),
    INFLUENCE_REVISED("influence.revised"),
    INFLUENCE_REMOVED("influence.removed"),
    INFLUENCE_IMPORTED("influence.imported"),
    INFLUENCE_LINKS_IMPORTED("influence.linksImported"),
    MILESTONE_PROPOSED("milestone.proposed"),
    MILESTONE_REVISED("milestone.revised"),
    MILESTONE_APPROVED("milestone.approved"),
    MILESTONE_REJECTED("milestone.rejected"),
    MILESTONE_DECIDERS("milestone.deciders"),
    NOTES_READ("notes.read"),
    NOTES_REDACTED("notes.redacted"),
    PERSONAL_DATA_EXPORTED("privacy.exported"),
    PERSON_ERASED("privacy.erased"),
    PURPOSE_REVISED("purpose.revised"),
    QUICK_WIN_PLANNED("quickwin.planned"),
    QUICK_WIN_STARTED("quickwin.started"),
    QUICK_WIN_COMPLETED("quickwin.completed"),
    QUICK_WIN_ABANDONED("quickwin.abandoned"),
    CADENCE_SET("rhythm.cadence-set"),
    CALENDAR_FEED_CREATED("rhythm.feed-created"),
    CALENDAR_FEED_REGENERATED("rhythm.feed-regenerated"),
    SYNC_RECORDED("rhythm.sync-recorded"),
    STAKEHOLDER_ADDED("stakeholder.added"),
    STAKEHOLDER_UPDATED("stakeholder.updated"),
    STAKEHOLDER_IMPORTED("stakeholder.imported"),
    STAKEHOLDERS_IMPORTED("stakeholders.imported"),
    STANCE_CHANGED("stakeholder.stance"),
    DECISION_ROLE_SET("stakeholder.decisionRole"),
    TASK_CREATED("task.created"),
    TASK_UPDATED("task.updated"),
    COVERAGE_TAGGED("coverage.tagged"),
    COVERAGE_UNTAGGED("coverage.untagged"),
    MEMBER_LEVEL_SET("coverage.memberLevel"),
    DEPARTMENT_TOUCHED("coverage.departmentTouched"),
    DEPARTMENT_UNTOUCHED("coverage.departmentUntouched"),
    RATING_ROUND_OPENED("rating.opened"),
    STANCES_RATED("rating.rated"),
    RATING_ROUND_COMPLETED("rating.completed"),
    RATING_ROUND_CLOSED("rating.closed"),
    ENGAGEMENT_ASSESSED("engagement.assessed");

    private static final Map<String, AuditAction> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(AuditAction::code, Function.identity()));

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    /** What is stored in the {@code action} column (and shown in exports and the personal data export). */
    public String code() {
        return code;
    }

    /** The action stored as {@code code}; empty for a code no version of the services ever wrote. */
    public static Optional<AuditAction> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** The action stored as {@code code}, refusing a code that is not on the list (a programming error). */
    public static AuditAction ofCode(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Not an audit action: " + code));
    }

    /** The entry of a post on the coalition's feed, by its kind (a new kind does not compile until it has one). */
    public static AuditAction posted(FeedPost.Kind kind) {
        return switch (kind) {
            case UPDATE -> FEED_UPDATE;
            case CELEBRATION -> FEED_CELEBRATION;
            case RECOGNITION -> FEED_RECOGNITION;
            case REMINDER -> FEED_REMINDER;
        };
    }
}
