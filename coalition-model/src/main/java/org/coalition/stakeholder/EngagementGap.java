package org.coalition.stakeholder;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * Where one-on-one time should go: a stakeholder's engagement gap (the steps from their current level up to the level
 * the change needs of them) weighed by their influence. Pure; the database orders by the same rule
 * ({@link #ORDER_JPQL}) so the ranked list can be paged there.
 * <p>
 * Only a gap upwards is ranked: a stakeholder more engaged than needed needs no persuading. Both levels must be
 * recorded — without the current level the gap is unknown (the health advisor calls that assuming alignment).
 * The ranking: weight (gap × influence) first, then influence, then the gap, then name, then id — so a
 * resistant director outranks an unaware clerk even at the same weight, and equal rows come in one order always.
 *
 * @param gap    desired step minus current step, 1–4 for a ranked one
 * @param weight gap × influence (1–5): 1–20
 */
public record EngagementGap(
        long stakeholderId, String name, int influence, Engagement current, Engagement desired, int gap, int weight)
        implements Serializable {

    /** The ranked order, as in {@link #ORDER_JPQL}. */
    public static final Comparator<EngagementGap> RANKING = Comparator.comparingInt(EngagementGap::weight)
            .reversed()
            .thenComparing(Comparator.comparingInt(EngagementGap::influence).reversed())
            .thenComparing(Comparator.comparingInt(EngagementGap::gap).reversed())
            .thenComparing(EngagementGap::name)
            .thenComparingLong(EngagementGap::stakeholderId);

    /** The gap in steps between two levels: positive when more engagement is needed; null when either is not recorded. */
    public static Integer steps(Engagement current, Engagement desired) {
        return current == null || desired == null ? null : desired.step() - current.step();
    }

    /** Whether a stakeholder with these levels is on the ranked list: both recorded, the desired one higher. */
    public static boolean ranked(Engagement current, Engagement desired) {
        Integer steps = steps(current, desired);
        return steps != null && steps > 0;
    }

    /** A stakeholder's gap; refuses levels that are not ranked ({@link #ranked}). */
    public static EngagementGap of(
            long stakeholderId, String name, int influence, Engagement current, Engagement desired) {
        if (!ranked(current, desired)) {
            throw new IllegalArgumentException("no gap upwards: " + current + " → " + desired);
        }
        int gap = desired.step() - current.step();
        return new EngagementGap(stakeholderId, name, influence, current, desired, gap, gap * influence);
    }

    /** The ranked list from rows in any order: the reference the database's order is tested against. */
    public static List<EngagementGap> rank(List<EngagementGap> gaps) {
        return gaps.stream().sorted(RANKING).toList();
    }

    /** The gap of the stakeholder {@code s} in JPQL. */
    public static final String GAP_JPQL =
            "(" + Engagement.stepJpql("s.engagementDesired") + " - " + Engagement.stepJpql("s.engagementCurrent") + ")";

    /** The condition of {@link #ranked} on the stakeholder {@code s}, in JPQL. */
    public static final String RANKED_JPQL =
            "s.engagementCurrent IS NOT NULL AND s.engagementDesired IS NOT NULL AND " + GAP_JPQL + " > 0";

    /**
     * The select items a ranked query needs besides its own, naming the gap and the weight for {@link #ORDER_JPQL}
     * (JPQL orders by result variables, not by arbitrary expressions).
     */
    public static final String COLUMNS_JPQL = GAP_JPQL + " AS gapSteps, " + GAP_JPQL + " * s.influence AS gapWeight";

    /** The ORDER BY of {@link #RANKING} on the stakeholder {@code s}, in JPQL, with {@link #COLUMNS_JPQL} selected. */
    public static final String ORDER_JPQL = "gapWeight DESC, s.influence DESC, gapSteps DESC, s.name, s.id";
}
