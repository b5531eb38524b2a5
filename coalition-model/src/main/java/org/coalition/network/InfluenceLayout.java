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
 * any on the outer ring, each ring ordered by department and name (so a department sits together). At most
 * {@link #MAX_LINES} links are drawn, the strongest first (and every link of the chosen person): a page with 3,000
 * lines would be too heavy to read; the table under the graph lists them all.
 */
public final class InfluenceLayout {

    public static final double SIZE = 1000;
    public static final int MAX_LINES = 600;

    public record Placed(Person person, double x, double y) {
    }

    /** A link to draw: from and to where, shortened so the arrow ends at the circle's edge. */
    public record Line(Placed from, Placed to, int strength, double x1, double y1, double x2, double y2) {
    }

    private final List<Placed> placed;
    private final List<Line> lines;
    private final int linksLeftOut;

    private InfluenceLayout(List<Placed> placed, List<Line> lines, int linksLeftOut) {
        this.placed = placed;
        this.lines = lines;
        this.linksLeftOut = linksLeftOut;
    }

    public static InfluenceLayout of(InfluenceNetwork network, Ref chosen) {
        List<Edge> edges = network.graph().edges();
        java.util.Set<Ref> linked = new java.util.HashSet<>();
        edges.forEach(e -> {
            linked.add(e.from());
            linked.add(e.to());
        });
        Comparator<Person> byDepartment = Comparator.comparing((Person p) -> p.department() == null ? "" : p.department().toLowerCase(Locale.ROOT))
                .thenComparing(p -> p.name().toLowerCase(Locale.ROOT)).thenComparing(Person::key);
        List<Person> members = new ArrayList<>();
        List<Person> deciders = new ArrayList<>();
        List<Person> others = new ArrayList<>();
        List<Person> loose = new ArrayList<>();
        for (Person p : network.people()) {
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
                .limit(MAX_LINES).toList();
        List<Line> lines = new ArrayList<>();
        for (Edge e : drawn) {
            Placed from = at.get(e.from());
            Placed to = at.get(e.to());
            double dx = to.x() - from.x();
            double dy = to.y() - from.y();
            double length = Math.max(1, Math.hypot(dx, dy));
            double r = 12;
            lines.add(new Line(from, to, e.strength(), round(from.x() + dx / length * r), round(from.y() + dy / length * r),
                    round(to.x() - dx / length * (r + 4)), round(to.y() - dy / length * (r + 4))));
        }
        return new InfluenceLayout(List.copyOf(placed), List.copyOf(lines), edges.size() - lines.size());
    }

    private static void ring(List<Person> people, double radius, double offset, List<Placed> into) {
        double centre = SIZE / 2;
        for (int i = 0; i < people.size(); i++) {
            double angle = 2 * Math.PI * (i + offset) / people.size() - Math.PI / 2;
            into.add(new Placed(people.get(i), round(centre + radius * Math.cos(angle)), round(centre + radius * Math.sin(angle))));
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

    /** How many links the graph leaves out (the table lists them). */
    public int linksLeftOut() {
        return linksLeftOut;
    }
}
