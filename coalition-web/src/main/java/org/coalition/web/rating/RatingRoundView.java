package org.coalition.web.rating;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.rating.RatingService;
import org.coalition.rating.RatingSheet;
import org.coalition.stakeholder.Stance;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;

/**
 * One blind rating round: the caller rates the stakeholders they have not rated yet (one form for all of them), sees
 * how many have rated, and, once it closed, each stakeholder's spread and flag (with each rating and its rater for
 * those who may read notes). What the page shows is what the service hands out: nothing of the others' ratings before
 * the close.
 */
@Named
@ViewScoped
public class RatingRoundView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RatingService ratings;

    @EJB
    private CoalitionService coalitions;

    private Long id;
    private RatingSheet sheet;
    private CoalitionOverview coalition;
    /** The stances chosen on the form, by stakeholder id (empty: not rated now). */
    private final Map<Long, String> stances = new HashMap<>();

    public void load() {
        sheet = ratings.sheet(id);
        coalition = coalitions.heading(ratings.coalitionOf(id));
        stances.clear();
    }

    public void rate() {
        Map<Long, Stance> given = new LinkedHashMap<>();
        stances.forEach((stakeholder, stance) -> {
            if (stance != null && !stance.isBlank()) {
                given.put(stakeholder, Stance.valueOf(stance));
            }
        });
        boolean[] closed = new boolean[1];
        if (Messages.attempt(() -> closed[0] = !ratings.rate(id, given).isOpen(), null)
                .done()) {
            Messages.info(I18n.text(closed[0] ? "ratingRound.ratedAndClosed" : "ratingRound.rated"));
            load();
        }
    }

    public void close() {
        if (Messages.attempt(() -> ratings.close(id), I18n.text("ratingRound.closedNow"))
                .done()) {
            load();
        }
    }

    public Stance[] getScale() {
        return Stance.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RatingSheet getSheet() {
        return sheet;
    }

    public CoalitionOverview getCoalition() {
        return coalition;
    }

    public Map<Long, String> getStances() {
        return stances;
    }
}
