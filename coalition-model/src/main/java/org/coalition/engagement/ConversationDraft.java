package org.coalition.engagement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coalition.stakeholder.Stance;

/** A one-on-one as logged: when, what was asked and said, what drives them, and the stance it revealed. */
public class ConversationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{ConversationDraft.whenWasConversation}")
    @PastOrPresent(message = "{ConversationDraft.logConversationsThatTook}")
    private LocalDate heldOn = LocalDate.now();

    @NotNull
    private List<@Size(max = 300, message = "{ConversationDraft.question300Characters}") String> questions =
            new ArrayList<>();

    @Size(max = 10000, message = "{ConversationDraft.notes10000Characters}")
    private String notes;

    @NotNull
    private List<@Valid MotivationDraft> motivations = new ArrayList<>();

    /** The stance the conversation revealed; null keeps the current one (and verifies it). */
    private Stance stance;

    @Size(max = 500, message = "{ConversationDraft.reason500Characters}")
    private String stanceReason;

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public List<String> getQuestions() {
        return questions;
    }

    public void setQuestions(List<String> questions) {
        this.questions = questions == null ? new ArrayList<>() : questions;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<MotivationDraft> getMotivations() {
        return motivations;
    }

    public void setMotivations(List<MotivationDraft> motivations) {
        this.motivations = motivations == null ? new ArrayList<>() : motivations;
    }

    public Stance getStance() {
        return stance;
    }

    public void setStance(Stance stance) {
        this.stance = stance;
    }

    public String getStanceReason() {
        return stanceReason;
    }

    public void setStanceReason(String stanceReason) {
        this.stanceReason = stanceReason;
    }
}
