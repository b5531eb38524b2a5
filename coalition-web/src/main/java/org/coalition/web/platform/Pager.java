package org.coalition.web.platform;

import java.io.Serializable;
import java.util.List;

/**
 * Where a page of a list starts, for the pages whose rows carry their own forms (so not a lazy table):
 * previous and next move by one page; a page that emptied under the reader falls back to the last one.
 */
public final class Pager implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int size;
    private int first;
    private long total;

    public Pager(int size) {
        this.size = size;
    }

    /**
     * Takes the number of rows there are now and returns where the page to show starts: the last page
     * when the one asked for is gone (its rows resolved, removed or moved to another page).
     */
    public int settle(long total) {
        this.total = total;
        if (first >= total) {
            first = (int) Math.max(0, (total - 1) / size * size);
        }
        return first;
    }

    /**
     * For a list too long to count at every view: takes the rows read from {@link #getFirst()} with one more than a
     * page ({@code size + 1}), returns the page, and tells whether a next page follows from that extra row. The
     * total is then only known as far as that row.
     */
    public <T> List<T> uncounted(List<T> pagePlusOne) {
        this.total = first + pagePlusOne.size();
        return pagePlusOne.size() > size ? pagePlusOne.subList(0, size) : pagePlusOne;
    }

    public void next() {
        first += size;
    }

    public void previous() {
        first = Math.max(0, first - size);
    }

    public boolean isPrevious() {
        return first > 0;
    }

    public boolean isNext() {
        return first + size < total;
    }

    public boolean isShown() {
        return isPrevious() || isNext();
    }

    public int getFirst() {
        return first;
    }

    public int getSize() {
        return size;
    }

    public long getTotal() {
        return total;
    }
}
