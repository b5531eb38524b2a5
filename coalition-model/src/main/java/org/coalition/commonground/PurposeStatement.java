package org.coalition.commonground;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.coalition.coalition.Coalition;
import org.coalition.shared.BaseEntity;

/**
 * One revision of the coalition's shared purpose statement. Revisions are never edited: a change is a
 * new revision, so the history of who changed it and when stays complete.
 */
@Entity
@Table(name = "purpose_statement", uniqueConstraints = @UniqueConstraint(columnNames = {"coalition_id", "revision"}))
public class PurposeStatement extends BaseEntity {

    public static final int MAX = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coalition_id", nullable = false, updatable = false)
    private Coalition coalition;

    private int revision;

    @NotBlank
    @Size(max = MAX)
    @Column(nullable = false)
    private String text;

    @NotNull
    @Column(name = "written_by", nullable = false)
    private String writtenBy;

    @NotNull
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected PurposeStatement() {
        // for JPA
    }

    public PurposeStatement(Coalition coalition, int revision, String text, String writtenBy, Instant writtenAt) {
        this.coalition = coalition;
        this.revision = revision;
        this.text = text.strip();
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public Coalition getCoalition() {
        return coalition;
    }

    public int getRevision() {
        return revision;
    }

    public String getText() {
        return text;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
