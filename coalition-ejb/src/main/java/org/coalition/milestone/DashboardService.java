package org.coalition.milestone;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.coalition.access.Roles;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.playbook.Ally;
import org.coalition.playbook.ClosingService;
import org.coalition.playbook.Retrospective;
import org.coalition.rhythm.RhythmService;

/**
 * The use case behind a coalition's dashboard: everything its first view needs in one call, so the page asks
 * one service and makes one access check. The check is {@link CoalitionService#heading}'s (anyone who may view
 * the coalition, with what they may do there); the services composed here check again, answered from the
 * request's remembered standing without a statement.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class DashboardService {

    @EJB
    private CoalitionService coalitions;

    @EJB
    private MilestoneService milestones;

    @EJB
    private RhythmService rhythm;

    @EJB
    private ClosingService closings;

    /**
     * The dashboard as the caller sees it when opening it: the coalition, its milestones with progress, who
     * can take a task, the next sync and, once it is closed, its retrospective and allies. A constant number of
     * statements, however many milestones, tasks or people the coalition has.
     *
     * @throws org.coalition.access.AccessDeniedException when the caller may not view the coalition
     * @throws org.coalition.platform.NotFoundException when there is no such coalition
     */
    public Dashboard firstView(long coalitionId) {
        CoalitionOverview coalition = coalitions.heading(coalitionId);
        Retrospective retrospective = null;
        List<Ally> allies = List.of();
        if (coalition.coalition().isArchived()) {
            retrospective = closings.retrospective(coalitionId).orElse(null);
            allies = closings.allies(coalitionId);
        }
        return new Dashboard(
                coalition, milestones.milestones(coalitionId), rhythm.nextSync(coalitionId), retrospective, allies);
    }
}
