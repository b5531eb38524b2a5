package org.coalition.milestone;

import jakarta.persistence.Query;

/**
 * The order tasks are listed and exported in — soonest due first, tasks without a due date last, then by id —
 * and how to read on after a given task (keyset paging): a long export reads page after page without an
 * OFFSET that makes the database sort and skip ever more rows. JPQL over a task aliased {@code t}.
 */
public final class TaskOrder {

    /** The ORDER BY clause. */
    public static final String ORDER = " ORDER BY t.dueOn ASC NULLS LAST, t.id";

    private TaskOrder() {}

    /** The condition (to AND to the query's WHERE) for the tasks after {@code last}; "" for the first page. */
    public static String after(Task last) {
        if (last == null) {
            return "";
        }
        return last.getDueOn() == null
                ? " AND t.dueOn IS NULL AND t.id > :lastId"
                : " AND (t.dueOn > :lastDue OR (t.dueOn = :lastDue AND t.id > :lastId) OR t.dueOn IS NULL)";
    }

    /** Binds what {@link #after(Task)} asked for. */
    public static <Q extends Query> Q bind(Q query, Task last) {
        if (last != null) {
            query.setParameter("lastId", last.getId());
            if (last.getDueOn() != null) {
                query.setParameter("lastDue", last.getDueOn());
            }
        }
        return query;
    }
}
