package org.coalition.stakeholder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.commonground.CommonGroundService;
import org.coalition.commonground.Framing;
import org.coalition.engagement.Motivation;
import org.coalition.playbook.TemplateService;

/**
 * The use case behind a stakeholder's page: everything its first view needs in one call, so the page asks one
 * service and makes one access check. The check is {@link StakeholderService#open(long, int, int)}'s (anyone who
 * may view the stakeholder's coalition, with what they may do there), made first so this refuses exactly when
 * opening the stakeholder does; the services composed here check again, answered from the request's remembered
 * standing without a statement, and the framing is only asked for when the viewer may read notes.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class StakeholderPageService {

    @EJB
    private StakeholderService stakeholders;

    @EJB
    private TemplateService templates;

    @EJB
    private CommonGroundService commonGround;

    /**
     * The stakeholder's page as the caller sees it when opening it: the stakeholder with the newest
     * {@code historyShown} stance changes and {@code conversationsShown} conversations, the note retention period,
     * the questions for a one-on-one and, for a viewer who may read notes, the framing and the motivations it may
     * be tied to.
     *
     * @throws org.coalition.access.AccessDeniedException when the caller may not view the stakeholder's coalition
     * @throws org.coalition.platform.NotFoundException when there is no such stakeholder
     */
    public StakeholderPage firstView(long stakeholderId, @Min(0) int historyShown, @Min(0) int conversationsShown) {
        StakeholderDetails details = stakeholders.open(stakeholderId, historyShown, conversationsShown);
        List<String> questions = StakeholderPage.questions(templates.questionsFor(details.coalitionId()));
        StakeholderPage.CurrentFraming current = null;
        List<Motivation> motivations = List.of();
        if (details.may(CoalitionAction.VIEW_NOTES)) {
            Framing framing = commonGround.framingOf(stakeholderId).orElse(null);
            current = framing == null ? null : StakeholderPage.CurrentFraming.of(framing);
            motivations = StakeholderPage.choosable(details.conversations(), framing);
        }
        return new StakeholderPage(details, stakeholders.noteRetention(), questions, current, motivations);
    }
}
