package org.coalition.web.milestone;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coalition.milestone.MilestoneDraft;
import org.coalition.milestone.MilestoneService;
import org.coalition.web.platform.I18n;

/**
 * The dashboard's "propose a milestone" form. Request scoped: the draft is emptied after every proposal, and
 * input that Faces refused stays in the form's own components.
 */
@Named
@RequestScoped
public class MilestoneProposal {

    @EJB
    private MilestoneService milestones;

    @Inject
    private CoalitionDashboardView page;

    private final MilestoneDraft newMilestone = new MilestoneDraft();

    public void proposeMilestone() {
        if (page.attempt(() -> milestones.propose(page.getId(), newMilestone), I18n.text("msg.milestoneProposed"))) {
            newMilestone.setTitle(null);
            newMilestone.setDescription(null);
            newMilestone.setDueOn(null);
        }
    }

    public MilestoneDraft getNewMilestone() {
        return newMilestone;
    }
}
