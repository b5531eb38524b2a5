package org.coalition.coalition;

import java.io.Serializable;

/** Someone's role in a coalition, as shown on its page. */
public record MemberListing(long personId, String username, String displayName, String department, CoalitionRole role)
        implements Serializable {}
