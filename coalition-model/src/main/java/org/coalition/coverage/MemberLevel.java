package org.coalition.coverage;

import java.io.Serializable;
import org.coalition.stakeholder.Level;

/** A sponsor or member, their department, the level recorded for them (or null) and the level they count at. */
public record MemberLevel(long personId, String username, String name, String department, Level recorded, Level counted)
        implements Serializable {}
