package org.coalition.web.sponsor;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coalition.health.HealthAssessment;
import org.coalition.milestone.Milestone;
import org.coalition.milestone.MilestoneService;
import org.coalition.sponsor.SponsorOverview;
import org.coalition.sponsor.SponsorService;
import org.coalition.web.milestone.MilestoneInputs;
import org.coalition.web.milestone.MilestoneInputs.Submitted;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.coalition.web.platform.Pager;

/**
 * The executive sponsor's page: every coalition they sponsor at a glance, and the milestones awaiting
 * their decision across all of them, decided with a comment in one step. A page of coalitions at a time;
 * the soonest due decisions first, the next ones coming in as these are decided. The decisions are plain inputs of
 * one small form after the list, as on the dashboard's timeline ({@link MilestoneInputs}), so that the list holds no
 * component per milestone; a refused decision is shown again as typed.
 */
@Named
@ViewScoped
public class SponsorView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Coalitions per page. */
    static final int PAGE_SIZE = 20;

    @EJB
    private SponsorService sponsor;

    @EJB
    private MilestoneService milestones;

    private SponsorOverview overview;
    private final Pager pager = new Pager(PAGE_SIZE);

    /** Health per sponsored coalition, assessed live by the sponsor service from the cached facts. */
    private final Map<Long, HealthAssessment> health = new HashMap<>();
    /** The decisions' inputs, with the comments typed and not saved. */
    private final MilestoneInputs inputs = new MilestoneInputs(MilestoneInputs.COMMENT);

    public void load() {
        overview = sponsor.overview(pager.getFirst(), PAGE_SIZE);
        // the service says only whether more follow: one row past this page stands for them
        pager.settle(pager.getFirst() + overview.coalitions().size() + (overview.moreCoalitions() ? 1 : 0));
        health.clear();
        overview.coalitions().forEach(c -> health.put(c.id(), c.health()));
    }

    public void approve() {
        decide(true);
    }

    public void reject() {
        decide(false);
    }

    private void decide(boolean approve) {
        List<Milestone> awaiting = overview.awaitingDecision();
        Optional<Submitted> submitted = inputs.submitted(
                approve ? "approve" : "reject",
                awaiting.stream().map(Milestone::getId).toList());
        if (submitted.isEmpty()) {
            return;
        }
        long id = submitted.get().milestoneId();
        Optional<Milestone> shown =
                awaiting.stream().filter(m -> m.getId() == id).findFirst();
        if (shown.isEmpty()) {
            Messages.error(I18n.text("msg.chooseMilestone"));
            return;
        }
        Milestone milestone = shown.get();
        var outcome = Messages.attempt(
                () -> milestones.decide(
                        id, submitted.get().version(), approve, inputs.typed(id, MilestoneInputs.COMMENT)),
                I18n.format(
                        approve ? "msg.approvedIn" : "msg.rejectedIn",
                        milestone.getTitle(),
                        milestone.getCoalition().getName()));
        if (outcome.done()) {
            inputs.forget(id);
        }
        load();
    }

    public void nextPage() {
        pager.next();
        load();
    }

    public void previousPage() {
        pager.previous();
        load();
    }

    public Pager getPager() {
        return pager;
    }

    public SponsorOverview getOverview() {
        return overview;
    }

    public Map<Long, HealthAssessment> getHealth() {
        return health;
    }

    /** The comment typed for a milestone and not saved, or null. */
    public String comment(long milestoneId) {
        return inputs.typed(milestoneId, MilestoneInputs.COMMENT);
    }
}
