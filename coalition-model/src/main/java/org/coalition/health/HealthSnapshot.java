package org.coalition.health;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.coalition.shared.BaseEntity;

/**
 * A coalition's health on one day, taken by the daily job, so sponsors see the trend. One per coalition
 * and day (a unique constraint), so two servers running the job still record it once.
 */
@Entity
@Table(name = "health_snapshot", uniqueConstraints = @UniqueConstraint(columnNames = {"coalition_id", "taken_on"}))
public class HealthSnapshot extends BaseEntity {

    @Column(name = "coalition_id", nullable = false, updatable = false)
    private long coalitionId;

    @NotNull
    @Column(name = "taken_on", nullable = false, updatable = false)
    private LocalDate takenOn;

    private int score;
    private int alignment;
    private int trust;
    private int communication;
    private int differences;

    @Column(name = "finding_count")
    private int findingCount;

    protected HealthSnapshot() {
        // for JPA
    }

    public HealthSnapshot(long coalitionId, LocalDate takenOn, HealthAssessment health) {
        this.coalitionId = coalitionId;
        this.takenOn = takenOn;
        this.score = health.score();
        this.alignment = health.area(Pitfall.ASSUMED_ALIGNMENT);
        this.trust = health.area(Pitfall.SKIPPED_TRUST);
        this.communication = health.area(Pitfall.SPORADIC_COMMUNICATION);
        this.differences = health.area(Pitfall.IGNORED_DIFFERENCES);
        this.findingCount = health.findings().size();
    }

    public long getCoalitionId() {
        return coalitionId;
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public int getScore() {
        return score;
    }

    public int getAlignment() {
        return alignment;
    }

    public int getTrust() {
        return trust;
    }

    public int getCommunication() {
        return communication;
    }

    public int getDifferences() {
        return differences;
    }

    public int getFindingCount() {
        return findingCount;
    }
}
