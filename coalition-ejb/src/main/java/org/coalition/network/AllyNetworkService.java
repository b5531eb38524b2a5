package org.coalition.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coalition.access.AccessGuard;
import org.coalition.access.Roles;
import org.coalition.coalition.Phase;
import org.coalition.platform.FactsCache;
import org.coalition.stakeholder.Stance;

/**
 * The ally network across coalitions: everyone who took part in the coalitions the caller belongs to
 * (administrators: all coalitions) — members and sponsors, observers, stakeholders with their stance —
 * so that the next initiative can start from yesterday's allies. Only names, departments, roles and
 * stances: never notes or conversations.
 * <p>
 * A page at a time, in the database: one person may take part in many coalitions, as a member and as a
 * stakeholder, so people are grouped by who they are ({@link Participation#personKey()}: the user name,
 * else name and department) in SQL, and only the page's people are read. Native SQL because JPQL has no
 * UNION; plain SQL that H2 and PostgreSQL both speak. Four statements, whatever the size; one once the
 * totals of the same search are cached (until the next change, see {@link FactsCache}).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class AllyNetworkService {

    /** No page is larger than this, whatever a caller asks for. */
    public static final int MAX_PAGE = 500;

    /** No more departments are offered for the search than this. */
    static final int MAX_DEPARTMENTS = 500;

    /**
     * Every participation the caller may see that the search accepts, one row each: members, sponsors and
     * observers, then stakeholders. {@code k} is the person key of {@link Participation#personKey()} and
     * {@code sortname} the lower-case name, both kept by the database beside each row (migration V18: the LOWER and
     * TRIM calls over every participation were most of a view's cost).
     * A derived table rather than a CTE: H2 does not bind parameters inside a CTE.
     */
    private static final String KEPT = """
            (SELECT * FROM (
              SELECT c.id AS cid, c.name AS cname, c.phase AS phase, p.username AS username, p.display_name AS name,
                     p.sort_name AS sortname, p.department AS dept, m.role AS role, CAST(NULL AS VARCHAR(20)) AS stance,
                     0 AS kind, 'u:' || p.username AS k
              FROM membership m JOIN coalition c ON c.id = m.coalition_id JOIN person p ON p.id = m.person_id %1$s
              UNION ALL
              SELECT c.id, c.name, c.phase, s.sso_username, s.name, s.sort_name, s.department, 'STAKEHOLDER', s.stance, 1,
                     s.ally_key
              FROM stakeholder s JOIN coalition c ON c.id = s.coalition_id %2$s) parts
             WHERE %3$s)""";

    private static final String VISIBLE = """
            WHERE c.id IN (SELECT v.coalition_id FROM membership v JOIN person vp ON vp.id = v.person_id WHERE vp.username = ?%d)""";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @Inject
    private FactsCache cache;

    /**
     * One page of the network: the people matching the search, by name, from {@code first}; every
     * coalition they took part in with its total; every department; how many people match in all.
     */
    public AllyNetwork network(
            @Size(max = 100, message = "{AllyNetworkService.departmentName100Characters}") String department,
            boolean supportersOnly,
            boolean pastOnly,
            @Min(0) int first,
            @Min(1) int pageSize) {
        return network(department, null, supportersOnly, pastOnly, first, pageSize);
    }

    /** The same, only people whose name contains {@code nameContains} (any case; blank: everyone). */
    public AllyNetwork network(
            @Size(max = 100, message = "{AllyNetworkService.departmentName100Characters}") String department,
            @Size(max = 100, message = "{AllyNetworkService.name100Characters}") String nameContains,
            boolean supportersOnly,
            boolean pastOnly,
            @Min(0) int first,
            @Min(1) int pageSize) {
        boolean all = access.isAdmin();
        String dept = department == null || department.isBlank()
                ? null
                : department.strip().toLowerCase(Locale.ROOT);
        String name = nameContains == null || nameContains.isBlank()
                ? null
                : nameContains.strip().toLowerCase(Locale.ROOT);
        Search search = new Search(all ? null : access.username(), dept, name, supportersOnly, pastOnly);

        List<Object> args = new ArrayList<>();
        String kept = search.kept(args);
        String keys = search.kept(args);
        args.add(Math.min(pageSize, MAX_PAGE));
        args.add(first);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(
                        em.createNativeQuery(
                                "SELECT kept.cid, kept.cname, kept.phase, kept.username, kept.name, kept.dept,"
                                        + " kept.role, kept.stance FROM " + kept
                                        + " kept JOIN (SELECT k, MIN(sortname) AS sortname FROM " + keys + " ranked"
                                        + " GROUP BY k ORDER BY MIN(sortname), k LIMIT ?" + (args.size() - 1)
                                        + " OFFSET ?" + args.size() + ") chosen"
                                        + " ON chosen.k = kept.k ORDER BY chosen.sortname, kept.k, kept.kind, kept.cid"),
                        args)
                .getResultList();
        List<Participation> parts = rows.stream()
                .map(r -> new Participation(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        Phase.valueOf((String) r[2]),
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        ((String) r[6]).toLowerCase(Locale.ROOT),
                        r[7] == null ? null : Stance.valueOf((String) r[7])))
                .toList();

        // the same for every page of this search, and what a page costs most: read once per change
        Totals totals = cache.get("allies:" + search, () -> totals(search));
        return AllyNetwork.page(parts, totals.coalitions(), totals.departments(), totals.people());
    }

    /** What every page of one search shows: each coalition with its people, every department, how many people. */
    private record Totals(List<AllyNetwork.CoalitionTotal> coalitions, List<String> departments, long people) {}

    private Totals totals(Search search) {
        List<Object> args = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> totals = bind(
                        em.createNativeQuery("SELECT cid, MIN(cname), MIN(phase), COUNT(DISTINCT k) FROM "
                                + search.kept(args) + " kept GROUP BY cid ORDER BY cid"),
                        args)
                .getResultList();
        List<AllyNetwork.CoalitionTotal> coalitions = totals.stream()
                .map(r -> new AllyNetwork.CoalitionTotal(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        Phase.valueOf((String) r[2]),
                        ((Number) r[3]).intValue()))
                .toList();

        args.clear();
        long total = ((Number)
                        bind(em.createNativeQuery("SELECT COUNT(DISTINCT k) FROM " + search.kept(args) + " kept"), args)
                                .getSingleResult())
                .longValue();

        // the search offers every department, whatever the filter
        args.clear();
        @SuppressWarnings("unchecked")
        List<String> departments = bind(
                        em.createNativeQuery("SELECT DISTINCT TRIM(dept) AS d FROM "
                                + new Search(search.username(), null, null, false, false).kept(args) + " kept"
                                + " WHERE dept IS NOT NULL AND TRIM(dept) <> '' ORDER BY d LIMIT " + MAX_DEPARTMENTS),
                        args)
                .getResultList();
        return new Totals(coalitions, List.copyOf(departments), total);
    }

    private static Query bind(Query query, List<Object> args) {
        for (int i = 0; i < args.size(); i++) {
            query.setParameter(i + 1, args.get(i));
        }
        return query;
    }

    /** What the caller looks for: {@code username} null for an administrator, who sees every coalition. */
    private record Search(String username, String department, String name, boolean supportersOnly, boolean pastOnly) {

        /** The kept participations as a derived table; its parameters are added to {@code args}, numbered in order. */
        String kept(List<Object> args) {
            String members = visible(args);
            String stakeholders = visible(args);
            List<String> filter = new ArrayList<>();
            filter.add("1 = 1");
            if (department != null) {
                args.add(department);
                filter.add("LOWER(TRIM(dept)) = ?" + args.size());
            }
            if (name != null) {
                // the typed text is matched literally: its % and _ are not wildcards
                args.add("%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                filter.add("sortname LIKE ?" + args.size() + " ESCAPE '\\'");
            }
            if (supportersOnly) {
                filter.add("(stance IN ('SUPPORTER', 'CHAMPION') OR role IN ('SPONSOR', 'MEMBER'))");
            }
            if (pastOnly) {
                filter.add("phase = 'CLOSED'");
            }
            return KEPT.formatted(members, stakeholders, String.join(" AND ", filter));
        }

        private String visible(List<Object> args) {
            if (username == null) {
                return "";
            }
            args.add(username);
            return VISIBLE.formatted(args.size());
        }
    }
}
