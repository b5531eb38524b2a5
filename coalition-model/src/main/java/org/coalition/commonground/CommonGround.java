package org.coalition.commonground;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalition.engagement.MotivationCategory;

/**
 * Where common ground actually lies: for each motivation category, how many stakeholders share it
 * and how much influence stands behind it. A stakeholder counts once per category however many
 * times it was heard, and weighs their influence (1–5), because winning over the influential matters more.
 */
public final class CommonGround {

    /** One heard motivation: whose, which category, and the stakeholder's influence. */
    public record Heard(long stakeholderId, MotivationCategory category, int influence) {}

    /**
     * @param share the category's weight as a fraction of the total influence of all stakeholders
     *              with at least one recorded motivation (0–1)
     */
    public record CategoryOverlap(MotivationCategory category, int stakeholders, int weight, double share)
            implements Serializable {

        public int percent() {
            return (int) Math.round(share * 100);
        }
    }

    private CommonGround() {}

    /** The categories, strongest common ground first (by weight, then by number of stakeholders). */
    public static List<CategoryOverlap> overlap(Collection<Heard> heard) {
        Map<MotivationCategory, Set<Long>> who = new EnumMap<>(MotivationCategory.class);
        Map<Long, Integer> influenceOf = new HashMap<>();
        for (Heard h : heard) {
            who.computeIfAbsent(h.category(), c -> new HashSet<>()).add(h.stakeholderId());
            influenceOf.put(h.stakeholderId(), h.influence());
        }
        int totalInfluence =
                influenceOf.values().stream().mapToInt(Integer::intValue).sum();
        List<CategoryOverlap> result = new ArrayList<>();
        who.forEach((category, ids) -> {
            int weight = ids.stream().mapToInt(influenceOf::get).sum();
            result.add(new CategoryOverlap(
                    category, ids.size(), weight, totalInfluence == 0 ? 0 : (double) weight / totalInfluence));
        });
        result.sort(Comparator.comparingInt(CategoryOverlap::weight)
                .reversed()
                .thenComparing(
                        Comparator.comparingInt(CategoryOverlap::stakeholders).reversed())
                .thenComparing(CategoryOverlap::category));
        return result;
    }
}
