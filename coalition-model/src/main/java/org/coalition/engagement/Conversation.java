package org.coalition.engagement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coalition.people.Person;
import org.coalition.shared.BaseEntity;
import org.coalition.stakeholder.Stakeholder;

/** A one-on-one with a stakeholder: the questions asked, what was said, and the motivations heard. */
@Entity
@Table(name = "conversation")
public class Conversation extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stakeholder_id", nullable = false, updatable = false)
    private Stakeholder stakeholder;

    @NotNull
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "held_by_id", nullable = false)
    private Person heldBy;

    /** The questions asked, one per line. */
    @Size(max = 4000)
    private String questions;

    @Size(max = 10000)
    private String notes;

    /** When the texts were redacted (retention period or erasure): the date, the people and the categories stay. */
    @Column(name = "redacted_on")
    private LocalDate redactedOn;

    @OneToMany(mappedBy = "conversation", cascade = CascadeType.PERSIST)
    @OrderBy("strength DESC")
    private List<Motivation> motivations = new ArrayList<>();

    protected Conversation() {
        // for JPA
    }

    public Conversation(
            Stakeholder stakeholder, LocalDate heldOn, Person heldBy, List<String> questions, String notes) {
        this.stakeholder = stakeholder;
        this.heldOn = heldOn;
        this.heldBy = heldBy;
        this.questions = questions == null || questions.isEmpty() ? null : String.join("\n", questions);
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    public Motivation heard(MotivationCategory category, String description, int strength) {
        Motivation motivation = new Motivation(this, category, description, strength);
        motivations.add(motivation);
        return motivation;
    }

    public List<String> questionList() {
        return questions == null ? List.of() : List.of(questions.split("\n"));
    }

    public Stakeholder getStakeholder() {
        return stakeholder;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public Person getHeldBy() {
        return heldBy;
    }

    public String getQuestions() {
        return questions;
    }

    public String getNotes() {
        return notes;
    }

    public List<Motivation> getMotivations() {
        return motivations;
    }

    public LocalDate getRedactedOn() {
        return redactedOn;
    }

    public boolean isRedacted() {
        return redactedOn != null;
    }
}
