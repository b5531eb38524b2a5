package org.coalition.coalition;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One row of a coalition list, with the viewer's role in it.
 *
 * @param role the viewer's role, {@code null} when an administrator sees a coalition they hold no role in
 */
public record CoalitionListing(
        long id,
        String name,
        String objective,
        LocalDate targetDate,
        Phase phase,
        String leadDepartment,
        CoalitionRole role)
        implements Serializable {}
