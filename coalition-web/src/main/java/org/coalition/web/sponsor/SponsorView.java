package org.coalition.web.sponsor;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.coalition.health.HealthAssessment;
import org.coalition.milestone.Milestone;
import org.coalition.milestone.MilestoneService;
import org.coalition.sponsor.SponsorOverview;
import org.coalition.sponsor.SponsorService;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.coalition.web.platform.Pager;

/**
 * The executive sponsor's page: every coalition they sponsor at a glance, and the milestones awaiting
 * their decision across all of them, decided with a comment in one step. A page of coalitions at a time;
 * the soonest due decisions first, the next ones coming in as these are decided.
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
    /** The sponsor's comment per milestone awaiting a decision, keyed by milestone id. */
    private final Map<Long, String> comments = new HashMap<>();

    public void load() {
        overview = sponsor.overview(pager.getFirst(), PAGE_SIZE);
        // the service says only whether more follow: one row past this page stands for them
        pager.settle(pager.getFirst() + overview.coalitions().size() + (overview.moreCoalitions() ? 1 : 0));
        health.clear();
        overview.coalitions().forEach(c -> health.put(c.id(), c.health()));
    }

    public void approve(Milestone milestone) {
        decide(milestone, true);
    }

    public void reject(Milestone milestone) {
        decide(milestone, false);
    }

    private void decide(Milestone milestone, boolean approve) {
        String comment = comments.get(milestone.getId());
        var outcome = Messages.attempt(
                () -> milestones.decide(milestone.getId(), milestone.getVersion(), approve, comment),
                I18n.format(
                        approve ? "msg.approvedIn" : "msg.rejectedIn",
                        milestone.getTitle(),
                        milestone.getCoalition().getName()));
        if (outcome.done()) {
            comments.remove(milestone.getId());
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

    public Map<Long, String> getComments() {
        return comments;
    }
}
