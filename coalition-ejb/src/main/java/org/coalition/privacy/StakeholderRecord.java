package org.coalition.privacy;

import java.io.Serializable;
import java.time.LocalDate;

/** A stakeholder record found by name, for the administrator's privacy page; {@code erasedOn} null unless erased. */
public record StakeholderRecord(
        long id, String name, String department, String coalitionName, String ssoUsername, LocalDate erasedOn)
        implements Serializable {

    public boolean erased() {
        return erasedOn != null;
    }
}
