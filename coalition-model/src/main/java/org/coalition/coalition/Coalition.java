package org.coalition.coalition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.coalition.shared.BaseEntity;

/**
 * A temporary alliance of people from different teams and levels, united around one shared change
 * objective that no single person or department could push alone.
 */
@Entity
@Table(name = "coalition")
public class Coalition extends BaseEntity {

    public static final int RATIONALE_MAX = 2000;

    @NotBlank
    @Size(max = CoalitionDraft.NAME_MAX)
    @Column(nullable = false)
    private String name;

    @NotBlank
    @Size(max = CoalitionDraft.OBJECTIVE_MAX)
    @Column(nullable = false)
    private String objective;

    @NotNull
    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Phase phase = Phase.DISCOVERY;

    /** The department of the person who proposed it: the department that leads it. */
    @Size(max = 100)
    @Column(name = "lead_department")
    private String leadDepartment;

    @NotBlank
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** When the lead confirmed starting the main initiative without a completed quick win, if ever. */
    @Column(name = "trust_warning_confirmed_at")
    private Instant trustWarningConfirmedAt;

    /** Why no single person or department could push the objective alone (the setup wizard asks). */
    @Size(max = RATIONALE_MAX)
    private String rationale;

    /** The template it was started from, if any (its questions are offered in the one-on-ones). */
    @Column(name = "template_id")
    private Long templateId;

    protected Coalition() {
        // for JPA
    }

    public Coalition(CoalitionDraft draft, String createdBy, String leadDepartment, Instant createdAt) {
        apply(draft);
        this.createdBy = createdBy;
        this.leadDepartment = leadDepartment;
        this.createdAt = createdAt;
    }

    public final void apply(CoalitionDraft draft) {
        this.name = draft.getName().strip();
        this.objective = draft.getObjective().strip();
        this.targetDate = draft.getTargetDate();
    }

    /** Records a move the phase rules allowed ({@link PhaseTransition}). */
    public void moveTo(PhaseDecision.Allowed decision, Instant at) {
        this.phase = decision.to();
        if (decision.warningAcknowledged()) {
            this.trustWarningConfirmedAt = at;
        }
    }

    public void explainWhy(String rationale) {
        this.rationale = rationale == null || rationale.isBlank() ? null : rationale.strip();
    }

    public void startedFrom(Long templateId) {
        this.templateId = templateId;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public String getRationale() {
        return rationale;
    }

    public Instant getTrustWarningConfirmedAt() {
        return trustWarningConfirmedAt;
    }

    public boolean isArchived() {
        return phase == Phase.CLOSED;
    }

    public String getName() {
        return name;
    }

    public String getObjective() {
        return objective;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public Phase getPhase() {
        return phase;
    }

    public String getLeadDepartment() {
        return leadDepartment;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
