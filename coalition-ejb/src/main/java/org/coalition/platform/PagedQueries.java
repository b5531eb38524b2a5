package org.coalition.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pages of JPQL queries whose SQL is written once, not at every page.
 *
 * <p>EclipseLink keeps a query's SQL between executions, but a query prepared without a page size (as every {@code
 * createQuery} one is) throws its SQL away when it is given one, and writes it again, LIMIT and OFFSET included, at
 * every execution: in JFR, half of My work's time in queries went there (docs/benchmark.md, 2026-12-07). A query
 * registered as a named query with a page size already set is prepared once, with LIMIT and OFFSET as bound
 * parameters (as EclipseLink's PostgreSQL platform writes it), and later pages only bind other values. JPA's own {@code
 * EntityManagerFactory.addNamedQuery} keeps the query's configuration, the row limit the hint gives it included.
 */
public final class PagedQueries {

    private static final String MAX_ROWS = "eclipselink.jdbc.max-rows";

    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();

    private PagedQueries() {}

    /**
     * A page of {@code jpql}: {@code pageSize} rows from row {@code first} (from 0). The JPQL holds parameters, never
     * values: each distinct text is registered once, for the application's life.
     */
    public static <T> TypedQuery<T> page(EntityManager em, String jpql, Class<T> type, int first, int pageSize) {
        String name = "page of " + jpql;
        if (!REGISTERED.contains(name)) {
            // registered twice when two requests come first at once: the same query, harmless
            // EclipseLink's own hint gives the query a row limit at once (setMaxResults is only applied when it
            // runs), so the SQL prepared for the named query has its LIMIT and OFFSET as parameters
            em.getEntityManagerFactory()
                    .addNamedQuery(name, em.createQuery(jpql, type).setHint(MAX_ROWS, 1));
            REGISTERED.add(name);
        }
        return em.createNamedQuery(name, type).setFirstResult(first).setMaxResults(pageSize);
    }
}
