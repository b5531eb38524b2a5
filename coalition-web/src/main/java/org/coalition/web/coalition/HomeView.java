package org.coalition.web.coalition;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.coalition.coalition.CoalitionListing;
import org.coalition.coalition.CoalitionService;
import org.coalition.web.platform.PagedModel;

/** The home page: the coalitions the signed-in person belongs to (all of them for an admin). */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CoalitionService coalitions;

    private final PagedModel<CoalitionListing> myCoalitions = new PagedModel<>(
            () -> coalitions.countMine(),
            (first, pageSize, sortBy) -> coalitions.listMine(first, pageSize),
            CoalitionListing::id);

    public PagedModel<CoalitionListing> getMyCoalitions() {
        return myCoalitions;
    }
}
