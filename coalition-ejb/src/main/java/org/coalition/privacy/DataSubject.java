package org.coalition.privacy;

import java.io.Serializable;

/**
 * Whose data an administrator exports or erases: someone who signs in (by user name: their person record
 * and every stakeholder record linked to that user name, across coalitions), or one stakeholder record
 * (for stakeholders without a sign-in).
 */
public record DataSubject(String username, Long stakeholderId) implements Serializable {

    public DataSubject {
        if ((username == null || username.isBlank()) == (stakeholderId == null)) {
            throw new IllegalArgumentException(
                    "A data subject is a user name or a stakeholder number, exactly one of them");
        }
    }

    public static DataSubject person(String username) {
        return new DataSubject(username.strip(), null);
    }

    public static DataSubject stakeholder(long stakeholderId) {
        return new DataSubject(null, stakeholderId);
    }
}
