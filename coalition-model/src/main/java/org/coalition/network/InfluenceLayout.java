package org.coalition.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coalition.network.InfluenceGraph.Edge;
import org.coalition.network.InfluenceGraph.Ref;
import org.coalition.network.InfluenceNetwork.Person;

/**
 * Where everyone of an influence network is drawn, decided on the server and the same for the same data: members in
 * the middle, decision makers on the ring around them, everyone else with a link on the next ring and those without
 * any on the outer ring, each ring ordered by department and name (so a department sits together).
 * <p>
 * A drawing of thousands of people is neither readable nor light: at most {@link #MAX_PEOPLE} people are drawn, first
 * those the page asks for (the chosen person, who has their ear, those on the members' paths to them, those found),
 * then the members with links, the decision makers, the most linked others, and the rest while room is left; and at
 * most {@link #MAX_LINES} links between them, the chosen person's first, then the strongest. The search reaches
 * anyone left out, and the table under the graph lists every link.
 */
public final class InfluenceLayout {

    public static final double SIZE = 1000;
    public static final int MAX_PEOPLE = 120;
    public static final int MAX_LINES = 250;

    public record Placed(Person person, double x, double y) {}

    /** A link to draw: from and to where, shortened so the arrow ends at the circle's edge. */
    public record Line(Placed from, Placed to, int strength, double x1, double y1, double x2, double y2) {}

    private final List<Placed> placed;
    private final List<Line> lines;
    private final int linksLeftOut;
    private final int peopleLeftOut;

    private InfluenceLayout(List<Placed> placed, List<Line> lines, int linksLeftOut, int peopleLeftOut) {
        this.placed = placed;
        this.lines = lines;
        this.linksLeftOut = linksLeftOut;
        this.peopleLeftOut = peopleLeftOut;
    }

    public static InfluenceLayout of(InfluenceNetwork network, Ref chosen) {
        return of(network, chosen, List.of());
    }

    /** The drawing with these people in it first (when they are in the network), within {@link #MAX_PEOPLE}. */
    public static InfluenceLayout of(InfluenceNetwork network, Ref chosen, java.util.Collection<Ref> wanted) {
        List<Edge> all = network.graph().edges();
        Map<Ref, Integer> degree = new HashMap<>();
        all.forEach(e -> {
            degree.merge(e.from(), 1, Integer::sum);
            degree.merge(e.to(), 1, Integer::sum);
        });
        java.util.Set<Ref> drawnRefs = drawn(network, chosen, wanted, degree);
        List<Edge> edges = all.stream()
                .filter(e -> drawnRefs.contains(e.from()) && drawnRefs.contains(e.to()))
                .toList();
        java.util.Set<Ref> linked = degree.keySet();
        Comparator<Person> byDepartment = Comparator.comparing((Person p) ->
                        p.department() == null ? "" : p.department().toLowerCase(Locale.ROOT))
                .thenComparing(p -> p.name().toLowerCase(Locale.ROOT))
                .thenComparing(Person::key);
        List<Person> members = new ArrayList<>();
        List<Person> deciders = new ArrayList<>();
        List<Person> others = new ArrayList<>();
        List<Person> loose = new ArrayList<>();
        for (Person p : network.people()) {
            if (!drawnRefs.contains(p.ref())) {
                continue;
            }
            if (p.member()) {
                members.add(p);
            } else if (p.decisionMaker()) {
                deciders.add(p);
            } else if (linked.contains(p.ref())) {
                others.add(p);
            } else {
                loose.add(p);
            }
        }
        deciders.sort(byDepartment);
        others.sort(byDepartment);
        loose.sort(byDepartment);
        List<Placed> placed = new ArrayList<>();
        ring(members, members.size() == 1 ? 0 : 80, 0, placed);
        ring(deciders, 220, 0.3, placed);
        ring(others, 360, 0.1, placed);
        ring(loose, 460, 0.05, placed);
        Map<Ref, Placed> at = new HashMap<>();
        placed.forEach(p -> at.put(p.person().ref(), p));

        List<Edge> drawn = edges.stream()
                .sorted(Comparator.comparing((Edge e) -> !(e.from().equals(chosen) || e.to().equals(chosen)))
                        .thenComparing(Comparator.comparingInt(Edge::strength).reversed()))
                .limit(MAX_LINES)
                .toList();
        List<Line> lines = new ArrayList<>();
        for (Edge e : drawn) {
            Placed from = at.get(e.from());
            Placed to = at.get(e.to());
            double dx = to.x() - from.x();
            double dy = to.y() - from.y();
            double length = Math.max(1, Math.hypot(dx, dy));
            double r = 12;
            lines.add(new Line(
                    from,
                    to,
                    e.strength(),
                    round(from.x() + dx / length * r),
                    round(from.y() + dy / length * r),
                    round(to.x() - dx / length * (r + 4)),
                    round(to.y() - dy / length * (r + 4))));
        }
        return new InfluenceLayout(
                List.copyOf(placed),
                List.copyOf(lines),
                all.size() - lines.size(),
                network.people().size() - placed.size());
    }

    /** Who is drawn: those asked for, then the members with links, decision makers, the most linked, the rest. */
    private static java.util.Set<Ref> drawn(
            InfluenceNetwork network, Ref chosen, java.util.Collection<Ref> wanted, Map<Ref, Integer> degree) {
        java.util.Set<Ref> drawn = new java.util.LinkedHashSet<>();
        java.util.function.Consumer<Ref> add = ref -> {
            if (drawn.size() < MAX_PEOPLE && network.person(ref).isPresent()) {
                drawn.add(ref);
            }
        };
        if (chosen != null) {
            add.accept(chosen);
        }
        wanted.forEach(add);
        Comparator<Person> mostLinked = Comparator.comparingInt((Person p) -> degree.getOrDefault(p.ref(), 0))
                .reversed()
                .thenComparing(p -> p.name().toLowerCase(Locale.ROOT))
                .thenComparing(Person::key);
        List<Person> people = network.people();
        people.stream()
                .filter(p -> p.member() && degree.containsKey(p.ref()))
                .sorted(mostLinked)
                .map(Person::ref)
                .forEach(add);
        people.stream()
                .filter(Person::decisionMaker)
                .sorted(mostLinked)
                .map(Person::ref)
                .forEach(add);
        people.stream()
                .filter(p -> !p.member() && degree.containsKey(p.ref()))
                .sorted(mostLinked)
                .map(Person::ref)
                .forEach(add);
        people.stream().map(Person::ref).forEach(add);
        return drawn;
    }

    private static void ring(List<Person> people, double radius, double offset, List<Placed> into) {
        double centre = SIZE / 2;
        for (int i = 0; i < people.size(); i++) {
            double angle = 2 * Math.PI * (i + offset) / people.size() - Math.PI / 2;
            into.add(new Placed(
                    people.get(i), round(centre + radius * Math.cos(angle)), round(centre + radius * Math.sin(angle))));
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    public List<Placed> placed() {
        return placed;
    }

    public List<Line> lines() {
        return lines;
    }

    /** How many people the drawing leaves out (the search finds them). */
    public int peopleLeftOut() {
        return peopleLeftOut;
    }

    /** How many links the graph leaves out (the table lists them). */
    public int linksLeftOut() {
        return linksLeftOut;
    }
}
