package org.coalition.difference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A difference as a member names it: the topic, what it is about, and the sides already known. */
public class DifferenceDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{Difference.nameTopicDifference}")
    @Size(max = 200, message = "{Difference.topic200Characters}")
    private String topic;

    @Size(max = 2000, message = "{Difference.description2000Characters}")
    private String description;

    @NotNull
    @Valid
    private List<PartyDraft> parties = new ArrayList<>();

    public DifferenceDraft() {}

    public DifferenceDraft(String topic, String description, List<PartyDraft> parties) {
        this.topic = topic;
        this.description = description;
        this.parties = new ArrayList<>(parties);
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<PartyDraft> getParties() {
        return parties;
    }

    public void setParties(List<PartyDraft> parties) {
        this.parties = parties;
    }
}
