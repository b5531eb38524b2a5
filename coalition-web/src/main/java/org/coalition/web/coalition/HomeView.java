package org.coalition.web.coalition;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.coalition.coalition.CoalitionListing;
import org.coalition.coalition.CoalitionService;
import org.coalition.web.platform.Pager;

/**
 * The home page: the coalitions the signed-in person belongs to (all of them for an admin), a page at a time as a
 * plain table (PrimeFaces' lazy table took 38 % of the page's time for 20 rows of text: docs/benchmark.md).
 */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PAGE = 20;

    @EJB
    private CoalitionService coalitions;

    private final Pager pager = new Pager(PAGE);

    private transient List<CoalitionListing> page;

    /** The page shown, read with one row more than a page (whether a next page follows), not counted. */
    public List<CoalitionListing> getMyCoalitions() {
        if (page == null) {
            page = pager.uncounted(coalitions.listMine(pager.getFirst(), PAGE + 1));
        }
        return page;
    }

    public Pager getPager() {
        return pager;
    }

    public void nextPage() {
        pager.next();
        page = null;
    }

    public void previousPage() {
        pager.previous();
        page = null;
    }
}
