package org.coalition.coverage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.coalition.coalition.Coalition;
import org.coalition.shared.BaseEntity;
import org.coalition.stakeholder.Level;

/**
 * A department the change touches, and the level from which the coalition needs a supporter there. While a coalition
 * records none, every department of its stakeholders counts, at {@link Coverage#DEFAULT_NEEDED}.
 */
@Entity
@Table(name = "touched_department")
public class TouchedDepartment extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coalition_id", nullable = false, updatable = false)
    private Coalition coalition;

    @NotBlank(message = "{TouchedDepartment.nameDepartment}")
    @Size(max = 100, message = "{TouchedDepartment.department100Characters}")
    @Column(nullable = false, updatable = false)
    private String department;

    @NotNull(message = "{TouchedDepartment.chooseLevel}")
    @Enumerated(EnumType.STRING)
    @Column(name = "needed_level", nullable = false, length = 30)
    private Level neededLevel;

    @NotBlank
    @Size(max = 100)
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @NotNull
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected TouchedDepartment() {
        // for JPA
    }

    public TouchedDepartment(
            Coalition coalition, String department, Level neededLevel, String recordedBy, Instant recordedAt) {
        this.coalition = coalition;
        this.department = department == null ? null : department.strip();
        this.neededLevel = neededLevel;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void needFrom(Level level) {
        this.neededLevel = level;
    }

    public Coalition getCoalition() {
        return coalition;
    }

    public String getDepartment() {
        return department;
    }

    public Level getNeededLevel() {
        return neededLevel;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
