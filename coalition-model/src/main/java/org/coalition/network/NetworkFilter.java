package org.coalition.network;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.coalition.network.InfluenceGraph.Edge;
import org.coalition.network.InfluenceNetwork.Person;
import org.coalition.stakeholder.Stance;

/**
 * Which part of a network the page draws and lists: stakeholders of one department and/or one stance (none: all).
 * Members always stay, they are where every path starts; a link stays when both its ends do. The same rule filters
 * the drawing ({@link #apply}) and the table of links (the service's query, {@link #jpql}).
 *
 * @param department a department, exactly as recorded, or null for all
 * @param stance     a stance, or null for all
 */
public record NetworkFilter(String department, Stance stance) implements Serializable {

    public static final NetworkFilter NONE = new NetworkFilter(null, null);

    public NetworkFilter {
        department = department == null || department.isBlank() ? null : department.strip();
    }

    public boolean any() {
        return department != null || stance != null;
    }

    /** Whether the person is drawn. */
    public boolean shows(Person person) {
        return person.member() || ((department == null || department.equals(person.department()))
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
                .filter(e -> shown.contains(e.from().key()) && shown.contains(e.to().key())).toList();
        return InfluenceNetwork.of(people, edges);
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
        return network.people().stream().filter(p -> p.name().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(java.util.Comparator.comparing((Person p) -> p.name().toLowerCase(Locale.ROOT)).thenComparing(Person::key))
                .toList();
    }
}
