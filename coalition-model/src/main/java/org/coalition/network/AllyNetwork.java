package org.coalition.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.coalition.coalition.Phase;

/**
 * The ally network: people and the coalitions they took part in, as a graph of person and coalition
 * nodes (a person is linked to each coalition they were in; two people who share a coalition worked
 * together). Laid out here, deterministically: coalitions on a circle, each person near the coalitions
 * they joined, so the page only draws, zooms and answers clicks — fast with thousands of people.
 */
public final class AllyNetwork {

    public static final double SIZE = 1000;

    /** A person node: where they stand, in which coalitions, and where they are drawn. */
    public record Person(
            String key,
            String name,
            String department,
            boolean supportive,
            double x,
            double y,
            List<Participation> parts) {}

    public record CoalitionNode(long id, String name, boolean past, double x, double y, int people) {}

    public record Link(String personKey, long coalitionId) {}

    /** A coalition of the network and how many people (matching the search) took part in it. */
    public record CoalitionTotal(long id, String name, Phase phase, int people) {}

    /** What to look for: a department (blank for all), supporters only, past (closed) coalitions only. */
    public record Filter(String department, boolean supportersOnly, boolean pastOnly) {

        public static final Filter ALL = new Filter(null, false, false);

        boolean accepts(Participation p) {
            return (department == null
                            || department.isBlank()
                            || department
                                    .strip()
                                    .equalsIgnoreCase(
                                            p.department() == null
                                                    ? ""
                                                    : p.department().strip()))
                    && (!supportersOnly || p.supportive())
                    && (!pastOnly || p.phase() == Phase.CLOSED);
        }
    }

    private final List<Person> people;
    private final List<CoalitionNode> coalitions;
    private final List<Link> links;
    private final List<String> departments;
    private final long total;

    private AllyNetwork(
            List<Person> people,
            List<CoalitionNode> coalitions,
            List<Link> links,
            List<String> departments,
            long total) {
        this.people = people;
        this.coalitions = coalitions;
        this.links = links;
        this.departments = departments;
        this.total = total;
    }

    /** The whole network of these participations, as far as the filter accepts them. */
    public static AllyNetwork of(List<Participation> participations, Filter filter) {
        List<Participation> kept =
                participations.stream().filter(filter::accepts).toList();
        Map<Long, List<Participation>> byCoalition = kept.stream()
                .collect(Collectors.groupingBy(Participation::coalitionId, LinkedHashMap::new, Collectors.toList()));
        List<CoalitionTotal> totals = byCoalition.values().stream()
                .map(parts -> new CoalitionTotal(
                        parts.get(0).coalitionId(),
                        parts.get(0).coalitionName(),
                        parts.get(0).phase(),
                        (int) parts.stream()
                                .map(Participation::personKey)
                                .distinct()
                                .count()))
                .toList();
        List<String> departments = participations.stream()
                .map(Participation::department)
                .filter(d -> d != null && !d.isBlank())
                .map(String::strip)
                .distinct()
                .sorted()
                .toList();
        AllyNetwork network = page(kept, totals, departments, 0);
        return new AllyNetwork(network.people, network.coalitions, network.links, departments, network.people.size());
    }

    /**
     * One page of the network, as the database found it: the page's people (all the participations of
     * each, already filtered), every coalition with its total, every department and how many people match
     * in all. The layout is the same as for the whole network, so a person stays where they were.
     */
    public static AllyNetwork page(
            List<Participation> pageParts, List<CoalitionTotal> coalitions, List<String> departments, long total) {
        List<CoalitionTotal> sorted = coalitions.stream()
                .sorted(Comparator.comparingLong(CoalitionTotal::id))
                .toList();
        double centre = SIZE / 2;
        double ring = SIZE * 0.32;
        Map<Long, CoalitionNode> coalitionNodes = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            CoalitionTotal c = sorted.get(i);
            double angle = 2 * Math.PI * i / Math.max(1, sorted.size()) - Math.PI / 2;
            coalitionNodes.put(
                    c.id(),
                    new CoalitionNode(
                            c.id(),
                            c.name(),
                            c.phase() == Phase.CLOSED,
                            round(centre + ring * Math.cos(angle)),
                            round(centre + ring * Math.sin(angle)),
                            c.people()));
        }
        List<Participation> kept = pageParts.stream()
                .filter(p -> coalitionNodes.containsKey(p.coalitionId()))
                .toList();
        Map<String, List<Participation>> byPerson = kept.stream()
                .collect(Collectors.groupingBy(Participation::personKey, LinkedHashMap::new, Collectors.toList()));
        List<Person> people = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (var entry : byPerson.entrySet()) {
            List<Participation> parts = entry.getValue();
            double x = 0;
            double y = 0;
            for (Participation p : parts) {
                x += coalitionNodes.get(p.coalitionId()).x();
                y += coalitionNodes.get(p.coalitionId()).y();
            }
            x /= parts.size();
            y /= parts.size();
            // spread the people of one coalition around it, by a stable hash of who they are
            int hash = entry.getKey().hashCode();
            double spread = parts.size() == 1 ? 40 + Math.floorMod(hash, 90) : 15 + Math.floorMod(hash, 25);
            double angle = Math.floorMod(hash / 97, 360) * Math.PI / 180;
            x = clamp(x + spread * Math.cos(angle));
            y = clamp(y + spread * Math.sin(angle));
            Participation first = parts.get(0);
            people.add(new Person(
                    entry.getKey(),
                    first.name(),
                    first.department(),
                    parts.stream().anyMatch(Participation::supportive),
                    round(x),
                    round(y),
                    List.copyOf(parts)));
            parts.stream()
                    .map(Participation::coalitionId)
                    .distinct()
                    .forEach(c -> links.add(new Link(entry.getKey(), c)));
        }
        people.sort(Comparator.comparing((Person p) -> p.name().toLowerCase(Locale.ROOT))
                .thenComparing(Person::key));
        return new AllyNetwork(
                List.copyOf(people),
                List.copyOf(coalitionNodes.values()),
                List.copyOf(links),
                List.copyOf(departments),
                total);
    }

    /** People who worked together with this person in at least one coalition. */
    public List<Person> workedWith(String personKey) {
        var mine = links.stream()
                .filter(l -> l.personKey().equals(personKey))
                .map(Link::coalitionId)
                .collect(Collectors.toSet());
        var others = links.stream()
                .filter(l -> mine.contains(l.coalitionId()) && !l.personKey().equals(personKey))
                .map(Link::personKey)
                .collect(Collectors.toSet());
        return people.stream().filter(p -> others.contains(p.key())).toList();
    }

    /** Every department among all participations, whatever the filter: the choices of the search. */
    public List<String> departments() {
        return departments;
    }

    /** The people of this network (of this page, for a page). */
    public List<Person> people() {
        return people;
    }

    /** How many people match the search in all, on every page. */
    public long total() {
        return total;
    }

    public List<CoalitionNode> coalitions() {
        return coalitions;
    }

    public List<Link> links() {
        return links;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double clamp(double v) {
        return Math.max(5, Math.min(SIZE - 5, v));
    }
}
