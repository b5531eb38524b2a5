package org.coalition.rating;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalition.coalition.Coalition;
import org.coalition.people.Person;
import org.coalition.shared.BaseEntity;
import org.coalition.shared.Refusal;
import org.coalition.shared.Refused;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.Stance;

/**
 * A blind rating round: a member or sponsor asks the coalition's members and sponsors (those at the opening, the
 * {@code raters}) to rate the stance of a few stakeholders, each on their own. Nobody sees the others' ratings while
 * it is open; it closes when the opener or a sponsor closes it, or by itself when every rater rated every stakeholder.
 * At the close each stakeholder's outcome ({@link RatingOutcome}) is kept with it, against the stance recorded then.
 */
@Entity
@Table(name = "rating_round")
public class RatingRound extends BaseEntity {

    /** A round rates a few stakeholders: the ones whose stance is in question, not the whole register. */
    public static final int MAX_STAKEHOLDERS = 20;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coalition_id", nullable = false, updatable = false)
    private Coalition coalition;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opened_by_id", nullable = false, updatable = false)
    private Person openedBy;

    @NotNull
    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Who closed it; null when it closed by itself (everyone rated). */
    @Size(max = 100)
    @Column(name = "closed_by", length = 100)
    private String closedBy;

    /** How many members and sponsors were asked to rate (those of the coalition at the opening). */
    @Column(name = "rater_count", nullable = false, updatable = false)
    private int raterCount;

    /** How many stakeholders it rates. */
    @Column(name = "stakeholder_count", nullable = false, updatable = false)
    private int stakeholderCount;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "rating_round_rater",
            joinColumns = @JoinColumn(name = "round_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> raters = new LinkedHashSet<>();

    @OneToMany(mappedBy = "round", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<RatedStakeholder> stakeholders = new ArrayList<>();

    protected RatingRound() {
        // for JPA
    }

    /**
     * Opens a round in {@code coalition} for these stakeholders (at least one, at most {@link #MAX_STAKEHOLDERS}, all of
     * the coalition), to be rated by these members and sponsors.
     *
     * @throws Refused.Argument without stakeholders, with too many, or with one of another coalition
     */
    public static RatingRound open(
            Coalition coalition,
            Person openedBy,
            Collection<Stakeholder> stakeholders,
            Collection<Person> raters,
            Instant at) {
        Set<Stakeholder> distinct = new LinkedHashSet<>(stakeholders);
        if (distinct.isEmpty()) {
            throw new Refused.Argument(Refusal.RATING_ROUND_EMPTY);
        }
        if (distinct.size() > MAX_STAKEHOLDERS) {
            throw new Refused.Argument(Refusal.RATING_ROUND_TOO_LARGE, MAX_STAKEHOLDERS);
        }
        if (distinct.stream().anyMatch(s -> !s.getCoalition().equals(coalition))) {
            throw new Refused.Argument(Refusal.RATING_ROUND_OTHER_COALITION);
        }
        RatingRound round = new RatingRound();
        round.coalition = coalition;
        round.openedBy = openedBy;
        round.openedAt = at;
        round.raters.addAll(raters);
        round.raterCount = round.raters.size();
        distinct.forEach(s -> round.stakeholders.add(new RatedStakeholder(round, s)));
        round.stakeholderCount = distinct.size();
        return round;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    /** How many ratings make the round complete: every rater rated every stakeholder. */
    public int ratingsExpected() {
        return raterCount * stakeholderCount;
    }

    /** @throws Refused.State when the round is closed */
    public void requireOpen() {
        if (!isOpen()) {
            throw new Refused.State(Refusal.RATING_ROUND_CLOSED);
        }
    }

    /**
     * Closes the round ({@code by} null: by itself) and keeps each stakeholder's outcome: their ratings against the
     * stance recorded now.
     *
     * @param ratings the stances rated, by stakeholder id (a stakeholder nobody rated may be absent)
     * @throws Refused.State when it is closed already
     */
    public void close(String by, Instant at, Map<Long, List<Stance>> ratings) {
        requireOpen();
        this.closedAt = at;
        this.closedBy = by;
        LocalDate day = at.atZone(ZoneId.systemDefault()).toLocalDate();
        for (RatedStakeholder rated : stakeholders) {
            Stakeholder s = rated.getStakeholder();
            rated.settle(RatingOutcome.of(ratings.getOrDefault(s.getId(), List.of()), s.getStance()), day);
        }
    }

    public Coalition getCoalition() {
        return coalition;
    }

    public Person getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public int getRaterCount() {
        return raterCount;
    }

    public int getStakeholderCount() {
        return stakeholderCount;
    }

    public Set<Person> getRaters() {
        return raters;
    }

    public List<RatedStakeholder> getStakeholders() {
        return stakeholders;
    }
}
