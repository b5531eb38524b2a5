package org.coalition.coverage;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The coverage of one coalition as the page and the API show it: the grid and holes, and for the first holes the
 * stakeholders who could fill them (by {@link Coverage.Hole#id()}, best first).
 */
public record CoverageReport(Coverage coverage, Map<String, List<Suggestion>> suggestions) implements Serializable {

    public CoverageReport {
        suggestions = Map.copyOf(suggestions);
    }

    /** Who could fill {@code hole}, best first (empty when nobody in the register could, or it was not looked up). */
    public List<Suggestion> suggestionsFor(Coverage.Hole hole) {
        return suggestions.getOrDefault(hole.id(), List.of());
    }
}
