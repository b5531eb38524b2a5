package org.coalition.playbook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What closing a coalition asks: what worked, and what to repeat next time. */
public class RetrospectiveDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX = 2000;

    @NotBlank(message = "{RetrospectiveDraft.sayWhatWorkedIt}")
    @Size(max = MAX, message = "{RetrospectiveDraft.whatWorked2000}")
    private String whatWorked;

    @NotBlank(message = "{RetrospectiveDraft.sayWhatRepeatNext}")
    @Size(max = MAX, message = "{RetrospectiveDraft.whatRepeat2000}")
    private String whatToRepeat;

    public RetrospectiveDraft() {}

    public RetrospectiveDraft(String whatWorked, String whatToRepeat) {
        this.whatWorked = whatWorked;
        this.whatToRepeat = whatToRepeat;
    }

    public String getWhatWorked() {
        return whatWorked;
    }

    public void setWhatWorked(String whatWorked) {
        this.whatWorked = whatWorked;
    }

    public String getWhatToRepeat() {
        return whatToRepeat;
    }

    public void setWhatToRepeat(String whatToRepeat) {
        this.whatToRepeat = whatToRepeat;
    }
}
