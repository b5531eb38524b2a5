package org.coalition.web.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table model over a service's paged query: the table asks for one page and a count,
 * never for everything. Rows are identified by {@code key}.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads one page, sorted as the table asks. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy);
    }

    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Count counter;
    private final Page<T> page;
    private final Key<T> key;

    public PagedModel(Count counter, Page<T> page, Key<T> key) {
        this.counter = counter;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.load(first, pageSize, sortBy);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null
                ? null
                : getWrappedData().stream()
                        .filter(row -> getRowKey(row).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
