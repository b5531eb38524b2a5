package org.coalition.stakeholder;

import java.io.Serializable;

/**
 * A page of the stakeholder register: which rows, sorted how, filtered by what.
 *
 * @param sortField one of name, department, level, influence, interest, stance, lastConversationOn (else name)
 */
public record RegisterQuery(
        int first,
        int pageSize,
        String sortField,
        boolean ascending,
        String department,
        Stance stance,
        String nameContains)
        implements Serializable {

    public static RegisterQuery firstPage(int pageSize) {
        return new RegisterQuery(0, pageSize, "name", true, null, null, null);
    }
}
