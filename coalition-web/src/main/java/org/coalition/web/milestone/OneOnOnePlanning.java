package org.coalition.web.milestone;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coalition.engagement.EngagementService;
import org.coalition.milestone.Task;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;

/**
 * The health panel's one-click correction of assumed alignment: a one-on-one task for the relationship owner.
 * The panel is shared through the fragment cache and holds no form, so its buttons submit the one form after it
 * ({@code healthActions}) with the stakeholder as the pressed button's value.
 */
@Named
@RequestScoped
public class OneOnOnePlanning {

    @EJB
    private EngagementService engagement;

    @Inject
    private CoalitionDashboardView page;

    public void planOneOnOne() {
        String chosen = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("healthActions:plan");
        long stakeholderId;
        try {
            stakeholderId = Long.parseLong(chosen == null ? "" : chosen.strip());
        } catch (NumberFormatException e) {
            Messages.error(I18n.text("msg.chooseStakeholder"));
            return;
        }
        page.attempt(
                () -> {
                    Task task = engagement.planOneOnOne(stakeholderId);
                    Messages.info(I18n.format(
                            "msg.oneOnOnePlanned",
                            task.getTitle(),
                            task.getAssignee().getDisplayName(),
                            task.getDueOn()));
                },
                null);
    }
}
