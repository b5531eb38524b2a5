package org.coalition.trust;

import java.io.Serializable;

/**
 * Someone a quick win can be planned with, as the planning form's pickers suggest them.
 *
 * @param key   a stakeholder's id or a member's username, as the form submits it
 * @param label the name shown (a stakeholder's with their department, to tell namesakes apart)
 */
public record ParticipantChoice(String key, String label) implements Serializable {

    public static ParticipantChoice stakeholder(long id, String name, String department) {
        return new ParticipantChoice(
                Long.toString(id), department == null || department.isBlank() ? name : name + " (" + department + ")");
    }

    public static ParticipantChoice member(String username, String displayName) {
        return new ParticipantChoice(username, displayName);
    }
}
