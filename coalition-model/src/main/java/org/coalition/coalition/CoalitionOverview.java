package org.coalition.coalition;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.coalition.access.CoalitionAction;

/**
 * A coalition as one viewer may see it: the coalition, its people, the viewer's role and what the
 * viewer may do there (computed by the service, so pages need not decide).
 *
 * @param viewerRole the viewer's role, {@code null} for an administrator without one
 */
public record CoalitionOverview(
        Coalition coalition, CoalitionRole viewerRole, Set<CoalitionAction> allowed, List<MemberListing> people)
        implements Serializable {

    public boolean may(CoalitionAction action) {
        return allowed.contains(action);
    }

    public boolean isReadOnly() {
        return !may(CoalitionAction.EDIT_COALITION);
    }
}
