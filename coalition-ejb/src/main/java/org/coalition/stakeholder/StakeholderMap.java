package org.coalition.stakeholder;

import java.io.Serializable;
import java.util.List;

/**
 * The influence × interest grid of a coalition: in each cell at most {@link #DOTS_PER_CELL} stakeholders to
 * draw (by name), and how many the cell holds in all, so the page stays the same size whatever the register's.
 *
 * @param shown the stakeholders drawn, verification computed
 * @param cells every non-empty cell with its count
 */
public record StakeholderMap(List<StakeholderRow> shown, List<Cell> cells) implements Serializable {

    /** Dots drawn per cell at most: 25 cells make 200 dots, a page of about 100 KB. */
    public static final int DOTS_PER_CELL = 8;

    /** One cell of the grid: its ratings and how many stakeholders it holds. */
    public record Cell(int influence, int interest, long count) implements Serializable {

        /** How many of the cell's stakeholders are not drawn. */
        public long hidden() {
            return Math.max(0, count - DOTS_PER_CELL);
        }
    }

    /** Stakeholders on the map, drawn or not. */
    public long total() {
        return cells.stream().mapToLong(Cell::count).sum();
    }
}
