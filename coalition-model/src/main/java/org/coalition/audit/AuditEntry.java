package org.coalition.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.coalition.shared.BaseEntity;
import org.coalition.shared.Said;

/**
 * One recorded creation, change or decision in a coalition: who, when, what, and the old and new
 * values. Written by the services in the same transaction as the change, so it cannot be lost or
 * made up. Never updated, but for one thing: erasing a person (PrivacyService) replaces their name in it.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends BaseEntity {

    /** Null for what concerns no single coalition (exports and erasures of a person). */
    @Column(name = "coalition_id", updatable = false)
    private Long coalitionId;

    @NotNull
    @Column(nullable = false, updatable = false)
    private Instant at;

    @NotNull
    @Size(max = 100)
    @Column(nullable = false, updatable = false)
    private String actor;

    /** The {@link AuditAction}'s code, e.g. "milestone.approved", "task.updated". */
    @NotNull
    @Size(max = 60)
    @Column(nullable = false, updatable = false)
    private String action;

    @Size(max = 60)
    @Column(name = "subject_type", updatable = false)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Size(max = 500)
    @Column(updatable = false)
    private String summary;

    /** The key of a summary the system wrote ({@code said.audit.…}), {@code null} when it is a name or title as is. */
    @Size(max = 100)
    @Column(name = "summary_key", updatable = false)
    private String summaryKey;

    /** The values of that summary ({@link Said#storedArguments()}). */
    @Size(max = 2000)
    @Column(name = "summary_args", updatable = false)
    private String summaryArgs;

    @Size(max = 2000)
    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Size(max = 2000)
    @Column(name = "new_value", updatable = false)
    private String newValue;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(
            Long coalitionId,
            Instant at,
            String actor,
            AuditAction action,
            String subjectType,
            Long subjectId,
            String summary,
            String oldValue,
            String newValue) {
        this.coalitionId = coalitionId;
        this.at = at;
        this.actor = actor;
        this.action = action.code();
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.summary = clip(summary, 500);
        this.oldValue = clip(oldValue, 2000);
        this.newValue = clip(newValue, 2000);
    }

    /**
     * An entry whose summary the system words: kept as key and values, read in each reader's language; the
     * English is kept as the summary (exports, older readers). When the values do not fit, only the English is kept.
     */
    public AuditEntry(
            Long coalitionId,
            Instant at,
            String actor,
            AuditAction action,
            String subjectType,
            Long subjectId,
            Said summary,
            String oldValue,
            String newValue) {
        this(coalitionId, at, actor, action, subjectType, subjectId, summary.english(), oldValue, newValue);
        String arguments = summary.storedArguments();
        if (arguments.length() <= 2000) {
            this.summaryKey = summary.key();
            this.summaryArgs = arguments;
        }
    }

    /** The summary for the reader's language: the system's sentence, or the text as it was recorded. */
    public Said getSaidSummary() {
        return Said.stored(summaryKey, summaryArgs, summary);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getCoalitionId() {
        return coalitionId;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }
    /** The stored code of the action, as it was written. */
    public String getAction() {
        return action;
    }

    /** The action, to be worded for the reader; {@code null} for a code not on the list (a row edited by hand). */
    public AuditAction getAuditAction() {
        return AuditAction.find(action).orElse(null);
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getSummary() {
        return summary;
    }

    public String getSummaryKey() {
        return summaryKey;
    }

    public String getSummaryArgs() {
        return summaryArgs;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
