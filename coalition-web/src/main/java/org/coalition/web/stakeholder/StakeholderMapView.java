package org.coalition.web.stakeholder;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.stakeholder.Quadrant;
import org.coalition.stakeholder.StakeholderMap;
import org.coalition.stakeholder.StakeholderRow;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;

/**
 * The influence × interest grid as an SVG: one dot per stakeholder, coloured by stance, filled when the
 * stance is verified and hollow (dashed) when it is only assumed; each dot links to the stakeholder. A
 * crowded cell draws its first few by name and says how many more it holds (the register lists them all).
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
    }

    /** The "+N" of a crowded cell, in SVG coordinates. */
    public record More(long count, double x, double y) implements java.io.Serializable {
    }

    public void load() {
        coalition = coalitions.open(id);
        departments = stakeholders.departments(id);
        StakeholderMap map = stakeholders.map(id, department == null || department.isBlank() ? null : department);
        total = map.total();
        more = map.cells().stream().filter(cell -> cell.hidden() > 0)
                .map(cell -> new More(cell.hidden(), centre(cell.interest()), SIZE - centre(cell.influence()) + 5))
                .toList();
        List<StakeholderRow> rows = map.shown();
        Map<String, List<StakeholderRow>> sameCell = new HashMap<>();
        rows.forEach(r -> sameCell.computeIfAbsent(r.influence() + ":" + r.interest(), k -> new ArrayList<>()).add(r));
        dots = new ArrayList<>();
        sameCell.values().forEach(cell -> {
            for (int i = 0; i < cell.size(); i++) {
                StakeholderRow r = cell.get(i);
                // Several people in one cell sit on a small circle around its centre instead of on top of each other.
                double angle = 2 * Math.PI * i / cell.size();
                double spread = cell.size() == 1 ? 0 : Math.min(30, 10 + 4 * cell.size());
                dots.add(new Dot(r, centre(r.interest()) + spread * Math.cos(angle),
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

    public int getSize() { return SIZE; }
    public int getMargin() { return MARGIN; }
    public int getPlotEnd() { return SIZE - MARGIN; }
    public Stance[] getStances() { return Stance.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public CoalitionOverview getCoalition() { return coalition; }
    public List<String> getDepartments() { return departments; }
    public List<Dot> getDots() { return dots; }
    public List<More> getMore() { return more; }
    public long getTotal() { return total; }
}
