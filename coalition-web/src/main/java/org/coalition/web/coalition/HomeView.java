package org.coalition.web.coalition;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import org.coalition.coalition.CoalitionListing;
import org.coalition.coalition.CoalitionService;

/** The home page: the coalitions the signed-in person belongs to (all of them for an admin). */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CoalitionService coalitions;

    private final LazyDataModel<CoalitionListing> myCoalitions = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(coalitions.countMine());
        }

        @Override
        public List<CoalitionListing> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return coalitions.listMine(first, pageSize);
        }

        @Override
        public String getRowKey(CoalitionListing listing) {
            return Long.toString(listing.id());
        }

        @Override
        public CoalitionListing getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(listing -> Long.toString(listing.id()).equals(rowKey)).findFirst().orElse(null);
        }
    };

    public LazyDataModel<CoalitionListing> getMyCoalitions() {
        return myCoalitions;
    }
}
