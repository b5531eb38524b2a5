package org.coalition.playbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.coalition.shared.BaseEntity;

/** The short retrospective written when a coalition closes; one per coalition. */
@Entity
@Table(name = "retrospective")
public class Retrospective extends BaseEntity {

    @Column(name = "coalition_id", nullable = false, updatable = false, unique = true)
    private long coalitionId;

    @NotBlank
    @Size(max = RetrospectiveDraft.MAX)
    @Column(name = "what_worked", nullable = false)
    private String whatWorked;

    @NotBlank
    @Size(max = RetrospectiveDraft.MAX)
    @Column(name = "what_to_repeat", nullable = false)
    private String whatToRepeat;

    @NotBlank
    @Column(name = "written_by", nullable = false)
    private String writtenBy;

    @NotNull
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected Retrospective() {
        // for JPA
    }

    public Retrospective(long coalitionId, RetrospectiveDraft draft, String writtenBy, Instant writtenAt) {
        this.coalitionId = coalitionId;
        this.whatWorked = draft.getWhatWorked().strip();
        this.whatToRepeat = draft.getWhatToRepeat().strip();
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public long getCoalitionId() {
        return coalitionId;
    }

    public String getWhatWorked() {
        return whatWorked;
    }

    public String getWhatToRepeat() {
        return whatToRepeat;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
