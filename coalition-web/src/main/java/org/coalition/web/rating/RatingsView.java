package org.coalition.web.rating;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.rating.RatingRound;
import org.coalition.rating.RatingRoundRow;
import org.coalition.rating.RatingService;
import org.coalition.stakeholder.Stance;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.coalition.web.platform.PagedModel;

/**
 * A coalition's blind rating rounds, newest first, paged in the database (those of one stakeholder with
 * {@code stakeholder}); opening a new round for a few stakeholders chosen from the most influential.
 */
@Named
@ViewScoped
public class RatingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LIST_PAGE = 20;

    @EJB
    private RatingService ratings;

    @EJB
    private CoalitionService coalitions;

    private Long id;
    private Long stakeholder;
    private CoalitionOverview coalition;
    private List<Candidate> candidates = List.of();
    private List<Long> chosen = new ArrayList<>();

    /** A stakeholder to choose for a round. */
    public record Candidate(long id, String name, int influence, Stance stance) implements Serializable {}

    private final PagedModel<RatingRoundRow> rows = new PagedModel<>(
            () -> ratings.count(id, stakeholder),
            (first, pageSize, sortBy) -> ratings.list(id, stakeholder, first, pageSize),
            RatingRoundRow::id);

    public void load() {
        coalition = coalitions.heading(id);
        candidates = coalition.may(CoalitionAction.OPEN_RATING_ROUND)
                ? ratings.candidates(id).stream()
                        .map(r -> new Candidate((Long) r[0], (String) r[1], (Integer) r[2], (Stance) r[3]))
                        .toList()
                : List.of();
    }

    public void open() throws IOException {
        List<Long> ids = List.copyOf(chosen);
        RatingRound[] opened = new RatingRound[1];
        if (Messages.attempt(() -> opened[0] = ratings.open(id, ids), null).done()) {
            Messages.infoAfterRedirect(I18n.text("ratings.opened"));
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext()
                    .redirect(context.getExternalContext().getRequestContextPath()
                            + "/coalitions/rating-round.xhtml?id=" + opened[0].getId());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getStakeholder() {
        return stakeholder;
    }

    public void setStakeholder(Long stakeholder) {
        this.stakeholder = stakeholder;
    }

    public CoalitionOverview getCoalition() {
        return coalition;
    }

    public PagedModel<RatingRoundRow> getRows() {
        return rows;
    }

    public int getListPage() {
        return LIST_PAGE;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen;
    }

    public int getMaxStakeholders() {
        return RatingRound.MAX_STAKEHOLDERS;
    }
}
