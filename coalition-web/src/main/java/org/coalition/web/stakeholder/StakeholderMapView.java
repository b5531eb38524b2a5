package org.coalition.web.stakeholder;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.stakeholder.Quadrant;
import org.coalition.stakeholder.RegisterQuery;
import org.coalition.stakeholder.StakeholderMap;
import org.coalition.stakeholder.StakeholderRow;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.web.platform.Pager;

/**
 * The influence × interest grid as an SVG: one dot per stakeholder, coloured by stance, filled when the
 * stance is verified and hollow (dashed) when it is only assumed; each dot links to the stakeholder. A
 * crowded cell draws its first few by name and says how many more it holds (the register lists them all).
 * Each dot carries the person's initials, their name on hover, and the same people are listed in a paged
 * table under the map for those who cannot see or point at the dots.
 */
@Named
@ViewScoped
public class StakeholderMapView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Plot geometry: a 5 × 5 grid of cells inside a square with a margin for the axis labels. */
    static final int MARGIN = 50;

    static final int CELL = 90;
    public static final int SIZE = MARGIN * 2 + CELL * 5;

    @EJB
    private StakeholderService stakeholders;

    @EJB
    private CoalitionService coalitions;

    private Long id;
    private String department;
    private CoalitionOverview coalition;
    private List<String> departments;
    private List<Dot> dots;
    private List<More> more;
    private long total;

    /** A dot on the map, with its position in SVG coordinates. */
    public record Dot(StakeholderRow row, double x, double y) implements java.io.Serializable {
        public String colour() {
            return row.stance().colour();
        }

        /** Written on the dot; the full name is the dot's title (shown on hover) and in the list under the map. */
        public String initials() {
            return StakeholderMapView.initials(row.name());
        }
    }

    /** Rows of the list under the map: everyone the map shows (filter included), most influential first. */
    public static final int LIST_PAGE = 25;

    private final Pager pager = new Pager(LIST_PAGE);
    private transient List<StakeholderRow> people;

    private RegisterQuery listQuery(int first, int pageSize) {
        return new RegisterQuery(
                first,
                pageSize,
                "influence",
                false,
                department == null || department.isBlank() ? null : department,
                null,
                null);
    }

    /** The first letters of the first and the last word of a name ("Jana Novak" → "JN", "Cher" → "C"). */
    static String initials(String name) {
        String[] words = name == null ? new String[0] : name.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "?";
        }
        String first = words[0].substring(0, words[0].offsetByCodePoints(0, 1));
        if (words.length == 1) {
            return first.toUpperCase(java.util.Locale.ROOT);
        }
        String last = words[words.length - 1];
        return (first + last.substring(0, last.offsetByCodePoints(0, 1))).toUpperCase(java.util.Locale.ROOT);
    }

    /** The "+N" of a crowded cell, in SVG coordinates. */
    public record More(long count, double x, double y) implements java.io.Serializable {}

    public void load() {
        people = null; // read again when the list renders
        coalition = coalitions.heading(id);
        departments = stakeholders.departments(id);
        StakeholderMap map = stakeholders.map(id, department == null || department.isBlank() ? null : department);
        total = map.total();
        more = map.cells().stream()
                .filter(cell -> cell.hidden() > 0)
                .map(cell -> new More(cell.hidden(), centre(cell.interest()), SIZE - centre(cell.influence()) + 5))
                .toList();
        List<StakeholderRow> rows = map.shown();
        Map<String, List<StakeholderRow>> sameCell = new HashMap<>();
        rows.forEach(r -> sameCell.computeIfAbsent(r.influence() + ":" + r.interest(), k -> new ArrayList<>())
                .add(r));
        dots = new ArrayList<>();
        sameCell.values().forEach(cell -> {
            for (int i = 0; i < cell.size(); i++) {
                StakeholderRow r = cell.get(i);
                // Several people in one cell sit on a small circle around its centre instead of on top of each other.
                double angle = 2 * Math.PI * i / cell.size();
                double spread = cell.size() == 1 ? 0 : Math.min(30, 10 + 4 * cell.size());
                dots.add(new Dot(
                        r,
                        centre(r.interest()) + spread * Math.cos(angle),
                        SIZE - centre(r.influence()) + spread * Math.sin(angle)));
            }
        });
    }

    private static double centre(int rating) {
        return MARGIN + (rating - 0.5) * CELL;
    }

    /** Where the high side of each axis starts (between 2 and 3 on the 1–5 scale). */
    public int getSplit() {
        return MARGIN + (Quadrant.HIGH_FROM - 1) * CELL;
    }

    public int getSplitY() {
        return SIZE - getSplit();
    }

    public int getSize() {
        return SIZE;
    }

    public int getMargin() {
        return MARGIN;
    }

    public int getPlotEnd() {
        return SIZE - MARGIN;
    }

    public Stance[] getStances() {
        return Stance.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public CoalitionOverview getCoalition() {
        return coalition;
    }

    public List<String> getDepartments() {
        return departments;
    }

    public List<Dot> getDots() {
        return dots;
    }

    /** The page of the list shown, a plain table (two statements: how many there are, and the page). */
    public List<StakeholderRow> getPeople() {
        if (people == null) {
            people = stakeholders.register(
                    id, listQuery(pager.settle(stakeholders.count(id, listQuery(0, 1))), LIST_PAGE));
        }
        return people;
    }

    public void nextPage() {
        pager.next();
        people = null;
    }

    public void previousPage() {
        pager.previous();
        people = null;
    }

    public Pager getPager() {
        return pager;
    }

    public List<More> getMore() {
        return more;
    }

    public long getTotal() {
        return total;
    }
}
