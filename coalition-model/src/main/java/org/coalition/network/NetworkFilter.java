package org.coalition.network;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.coalition.network.InfluenceGraph.Edge;
import org.coalition.network.InfluenceGraph.Path;
import org.coalition.network.InfluenceGraph.Ref;
import org.coalition.network.InfluenceNetwork.Person;
import org.coalition.stakeholder.Stance;

/**
 * Which part of a network the page draws and lists: stakeholders of one department and/or one stance (none: all).
 * Members always stay, they are where every path starts; a link stays when both its ends do. The same rule filters
 * the drawing ({@link #apply}) and the table of links (the service's query, {@link #jpql}).
 * <p>
 * Paths, reach and who has whose ear are the whole network's, whatever the filters: a Finance skeptic is reached through
 * a Sales engineer whether or not Sales is drawn. The filters choose what is drawn; a path through someone they leave
 * out is still listed, with that person marked ({@link #pathsTo}, {@link #steps}, {@link Step#hidden}), and a person the
 * filters leave out can still be chosen (from the search) to see who reaches them.
 *
 * @param department a department, exactly as recorded, or null for all
 * @param stance     a stance, or null for all
 */
public record NetworkFilter(String department, Stance stance) implements Serializable {

    public static final NetworkFilter NONE = new NetworkFilter(null, null);

    /** A person as a path or a list of ears shows them: hidden when the filters leave them out of the drawing. */
    public record Step(Person person, boolean hidden) {}

    /** Someone who has a person's ear directly, with the link's strength, hidden when the filters leave them out. */
    public record Ear(Person person, int strength, boolean hidden) {}

    /** A path of the whole network, each of its people marked when the filters leave them out of the drawing. */
    public record ShownPath(Path path, List<Step> steps) {

        public ShownPath {
            steps = List.copyOf(steps);
        }

        /** Whether the path runs through (or ends at) someone the drawing leaves out. */
        public boolean throughHidden() {
            return steps.stream().anyMatch(Step::hidden);
        }
    }

    public NetworkFilter {
        department = department == null || department.isBlank() ? null : department.strip();
    }

    public boolean any() {
        return department != null || stance != null;
    }

    /** Whether the person is drawn. */
    public boolean shows(Person person) {
        return person.member()
                || ((department == null || department.equals(person.department()))
                        && (stance == null || stance == person.stance()));
    }

    /** The network of the people shown and the links between them (paths and reach within it). */
    public InfluenceNetwork apply(InfluenceNetwork network) {
        if (!any()) {
            return network;
        }
        List<Person> people = network.people().stream().filter(this::shows).toList();
        Set<String> shown = people.stream().map(Person::key).collect(Collectors.toSet());
        List<Edge> edges = network.graph().edges().stream()
                .filter(e -> shown.contains(e.from().key()) && shown.contains(e.to().key()))
                .toList();
        return InfluenceNetwork.of(people, edges);
    }

    /** The person as a path shows them: left out of the drawing or not. */
    public Step step(Person person) {
        return new Step(person, !shows(person));
    }

    /** The people of a path of the whole network, in order, each marked when the filters leave them out. */
    public List<Step> steps(InfluenceNetwork whole, Path path) {
        return whole.steps(path).stream().map(this::step).toList();
    }

    /**
     * The members' strongest short paths to this person in the whole network (as {@link InfluenceNetwork#pathsTo}),
     * whatever the filters draw, each step marked when the filters leave it out.
     */
    public List<ShownPath> pathsTo(InfluenceNetwork whole, Ref to) {
        return whole.pathsTo(to).stream()
                .map(path -> new ShownPath(path, steps(whole, path)))
                .toList();
    }

    /** Who has this person's ear in the whole network, the strongest first, each marked when the filters leave them out. */
    public List<Ear> ears(InfluenceNetwork whole, Ref to) {
        return whole.into(to).stream()
                .map(e -> {
                    Person from = whole.person(e.from()).orElseThrow();
                    return new Ear(from, e.strength(), !shows(from));
                })
                .toList();
    }

    /**
     * The same rule on a link {@code l} whose target is {@code t}, whose source is {@code fs} (a stakeholder) or
     * {@code fm} (a member), as a JPQL condition; bind {@code :department} and {@code :stance} when they are set
     * ({@link #department()}, {@link #stance()}). Empty without a filter.
     */
    public String jpql() {
        StringBuilder where = new StringBuilder();
        if (department != null) {
            where.append(" AND t.department = :department AND (fm.id IS NOT NULL OR fs.department = :department)");
        }
        if (stance != null) {
            where.append(" AND t.stance = :stance AND (fm.id IS NOT NULL OR fs.stance = :stance)");
        }
        return where.toString();
    }

    /** The people whose name holds the search text, without case (none for an empty text), by name. */
    public static List<Person> search(InfluenceNetwork network, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return network.people().stream()
                .filter(p -> p.name().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(java.util.Comparator.comparing((Person p) -> p.name().toLowerCase(Locale.ROOT))
                        .thenComparing(Person::key))
                .toList();
    }
}
