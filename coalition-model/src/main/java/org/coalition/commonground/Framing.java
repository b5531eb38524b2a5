package org.coalition.commonground;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.coalition.engagement.Motivation;
import org.coalition.shared.BaseEntity;
import org.coalition.stakeholder.Stakeholder;

/** How the shared goal serves one stakeholder, tied to what motivates them, and whether they signed on. */
@Entity
@Table(name = "framing")
public class Framing extends BaseEntity {

    @NotNull
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stakeholder_id", nullable = false, unique = true, updatable = false)
    private Stakeholder stakeholder;

    @NotBlank
    @Size(max = 2000)
    @Column(nullable = false)
    private String text;

    @ManyToMany
    @JoinTable(
            name = "framing_motivation",
            joinColumns = @JoinColumn(name = "framing_id"),
            inverseJoinColumns = @JoinColumn(name = "motivation_id"))
    private Set<Motivation> motivations = new LinkedHashSet<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "sign_on", nullable = false)
    private SignOnStatus signOn = SignOnStatus.NOT_ASKED;

    protected Framing() {
        // for JPA
    }

    public Framing(Stakeholder stakeholder) {
        this.stakeholder = stakeholder;
    }

    public void update(String text, Set<Motivation> motivations, SignOnStatus signOn) {
        this.text = text.strip();
        this.motivations = new LinkedHashSet<>(motivations);
        this.signOn = signOn;
    }

    public Stakeholder getStakeholder() {
        return stakeholder;
    }

    public String getText() {
        return text;
    }

    public Set<Motivation> getMotivations() {
        return motivations;
    }

    public SignOnStatus getSignOn() {
        return signOn;
    }
}
