package org.coalition.difference;

import java.io.Serializable;

/**
 * Someone who can take a side in a difference: a stakeholder of the coalition or one of its people.
 *
 * @param key   {@code s<id>} for a stakeholder, {@code m<id>} for a member (a person's id), as pages submit it
 * @param label the name shown, with what they are
 */
public record PartyCandidate(String key, String label) implements Serializable {

    public static PartyCandidate stakeholder(long id, String name, String department) {
        return new PartyCandidate("s" + id, name + " (stakeholder, " + department + ")");
    }

    public static PartyCandidate member(long personId, String displayName) {
        return new PartyCandidate("m" + personId, displayName + " (coalition)");
    }
}
