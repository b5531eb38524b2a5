package org.coalition.coverage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.Membership;
import org.coalition.platform.NotFoundException;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.Refusal;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.Stance;

/**
 * The coverage check (Kotter's guiding coalition): what members and supportive stakeholders bring, the grid of
 * departments and levels the change touches, its holes ({@link Coverage}) and whom of the register could fill them.
 * Everyone who may view the coalition reads it ({@link CoalitionAction#VIEW}); sponsors and members tag people, record
 * members' levels and the touched departments ({@link CoalitionAction#TAG_COVERAGE}).
 * <p>
 * The report costs the same statements whatever the coalition's size: the touched departments with their weights
 * (one), the supporters' cells counted by the database (one), and the suggestions for the first holes, each limited
 * in the database by a window (one).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class CoverageService {

    /** At most this many departments make the grid, the weightiest first. */
    public static final int MAX_DEPARTMENTS = 100;
    /** The first holes with suggestions; the rest are named only. */
    public static final int SUGGESTED_HOLES = 10;
    /** At most this many suggestions per hole. */
    public static final int SUGGESTIONS = 3;
    /** No page of tags is larger than this. */
    public static final int MAX_PAGE = 200;

    private static final String SUPPORTIVE = "('CHAMPION', 'SUPPORTER')";
    private static final String LEVEL_RANK;

    static {
        StringBuilder rank = new StringBuilder("CASE %s");
        for (Level level : Level.values()) {
            rank.append(" WHEN '").append(level.name()).append("' THEN ").append(level.ordinal());
        }
        LEVEL_RANK = rank.append(" END").toString();
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private AuditTrail audit;

    /** The grid, the holes (largest first) and, for the first {@link #SUGGESTED_HOLES}, who could fill them. */
    public CoverageReport report(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        Coverage coverage = Coverage.of(departments(coalitionId), cells(coalitionId));
        return new CoverageReport(
                coverage,
                suggestions(
                        coalitionId,
                        coverage.holes()
                                .subList(
                                        0,
                                        Math.min(
                                                SUGGESTED_HOLES,
                                                coverage.holes().size()))));
    }

    /**
     * The departments the change touches with their weights, in one statement: those the coalition recorded, else every
     * department of its stakeholders at {@link Coverage#DEFAULT_NEEDED}; the weightiest first, at most {@link #MAX_DEPARTMENTS}.
     */
    private List<Coverage.Department> departments(long coalitionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT name, needed, recorded, people, weight FROM (
                          SELECT d.department AS name, d.needed_level AS needed, 1 AS recorded,
                            (SELECT COUNT(*) FROM stakeholder s WHERE s.coalition_id = d.coalition_id
                              AND LOWER(s.department) = LOWER(d.department)) AS people,
                            (SELECT COALESCE(SUM(s.influence), 0) FROM stakeholder s WHERE s.coalition_id = d.coalition_id
                              AND LOWER(s.department) = LOWER(d.department)) AS weight
                          FROM touched_department d WHERE d.coalition_id = ?1
                          UNION ALL
                          SELECT MIN(s.department), NULL, 0, COUNT(*), SUM(s.influence) FROM stakeholder s
                          WHERE s.coalition_id = ?1 AND NOT EXISTS (SELECT 1 FROM touched_department d WHERE d.coalition_id = ?1)
                          GROUP BY LOWER(s.department)
                        ) x ORDER BY weight DESC, LOWER(name)""")
                .setParameter(1, coalitionId)
                .setMaxResults(MAX_DEPARTMENTS)
                .getResultList();
        return rows.stream()
                .map(r -> new Coverage.Department(
                        (String) r[0],
                        r[1] == null
                                ? Coverage.DEFAULT_NEEDED
                                : Level.valueOf(r[1].toString().strip()),
                        count(r[3]),
                        count(r[4]),
                        ((Number) r[2]).intValue() == 1))
                .toList();
    }

    /**
     * The supporters by department and level, with how many carry each quality, counted by the database (one statement):
     * supportive stakeholders, and sponsors and members at their level ({@link Supporters#memberLevel}).
     */
    private List<Coverage.Cell> cells(long coalitionId) {
        StringBuilder stakeholderTags = new StringBuilder();
        StringBuilder memberTags = new StringBuilder();
        StringBuilder sums = new StringBuilder();
        for (Quality q : Quality.values()) {
            stakeholderTags
                    .append(
                            ", CASE WHEN EXISTS (SELECT 1 FROM coverage_tag t WHERE t.stakeholder_id = s.id AND t.quality = '")
                    .append(q.name())
                    .append("') THEN 1 ELSE 0 END AS q")
                    .append(q.ordinal());
            memberTags
                    .append(", CASE WHEN EXISTS (SELECT 1 FROM coverage_tag t WHERE t.coalition_id = m.coalition_id"
                            + " AND t.person_id = p.id AND t.quality = '")
                    .append(q.name())
                    .append("') THEN 1 ELSE 0 END");
            sums.append(", SUM(q").append(q.ordinal()).append(")");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT dept, lvl, COUNT(*)" + sums + " FROM ("
                        + " SELECT s.department AS dept, s.level AS lvl" + stakeholderTags
                        + " FROM stakeholder s WHERE s.coalition_id = ?1 AND s.stance IN " + SUPPORTIVE
                        + " UNION ALL"
                        + " SELECT p.department, COALESCE(m.level, CASE WHEN p.executive THEN 'EXECUTIVE' ELSE 'INDIVIDUAL_CONTRIBUTOR' END)"
                        + memberTags
                        + " FROM membership m JOIN person p ON p.id = m.person_id WHERE m.coalition_id = ?1 AND m.role <> 'OBSERVER'"
                        + ") x GROUP BY dept, lvl")
                .setParameter(1, coalitionId)
                .getResultList();
        List<Coverage.Cell> cells = new ArrayList<>();
        for (Object[] r : rows) {
            Map<Quality, Integer> carriers = new EnumMap<>(Quality.class);
            for (Quality q : Quality.values()) {
                int n = count(r[3 + q.ordinal()]);
                if (n > 0) {
                    carriers.put(q, n);
                }
            }
            cells.add(new Coverage.Cell(
                    (String) r[0], Level.valueOf(r[1].toString().strip()), count(r[2]), carriers));
        }
        return cells;
    }

    /**
     * Who could fill each of {@code holes}, in one statement, each hole's first {@link #SUGGESTIONS} by a window: for a
     * department, stakeholders there at its needed level or above who are not yet supportive, the most influential
     * first; for a quality, stakeholders not tagged with it, supporters first, then the most influential.
     */
    private Map<String, List<Suggestion>> suggestions(long coalitionId, List<Coverage.Hole> holes) {
        List<String> branches = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        parameters.add(coalitionId);
        String columns = "s.id, s.name, s.department, s.level, s.stance, s.influence";
        String rank = LEVEL_RANK.formatted("s.level");
        StringBuilder needed = new StringBuilder("CASE LOWER(s.department)");
        boolean levelHoles = false;
        for (Coverage.Hole hole : holes) {
            if (hole.kind() == Coverage.Kind.LEVEL) {
                parameters.add(Coverage.key(hole.department()));
                parameters.add(hole.level().ordinal());
                needed.append(" WHEN ?")
                        .append(parameters.size() - 1)
                        .append(" THEN ?")
                        .append(parameters.size());
                levelHoles = true;
            } else {
                branches.add("SELECT 'Q:" + hole.quality().name() + "' AS hole, " + columns
                        + ", ROW_NUMBER() OVER (ORDER BY CASE WHEN s.stance IN " + SUPPORTIVE + " THEN 0 ELSE 1 END,"
                        + " s.influence DESC, s.name, s.id) AS r FROM stakeholder s WHERE s.coalition_id = ?1 AND s.erased_on IS NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM coverage_tag t WHERE t.stakeholder_id = s.id AND t.quality = '"
                        + hole.quality().name() + "')");
            }
        }
        if (levelHoles) {
            branches.add("SELECT 'L' AS hole, " + columns + ", ROW_NUMBER() OVER (PARTITION BY LOWER(s.department)"
                    + " ORDER BY s.influence DESC, " + rank + " DESC, s.name, s.id) AS r FROM stakeholder s"
                    + " WHERE s.coalition_id = ?1 AND s.erased_on IS NULL AND s.stance NOT IN " + SUPPORTIVE
                    + " AND " + rank + " >= " + needed + " ELSE 99 END");
        }
        Map<String, List<Suggestion>> found = new LinkedHashMap<>();
        if (branches.isEmpty()) {
            return found;
        }
        Query query = em.createNativeQuery("SELECT hole, id, name, department, level, stance, influence FROM ("
                + String.join(" UNION ALL ", branches) + ") x WHERE r <= " + SUGGESTIONS + " ORDER BY hole, r");
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            String marker = r[0].toString().strip(); // a union may pad the literals to one width
            String holeId = marker.equals("L") ? "L:" + Coverage.key((String) r[3]) : marker;
            found.computeIfAbsent(holeId, k -> new ArrayList<>())
                    .add(new Suggestion(
                            holeId,
                            ((Number) r[1]).longValue(),
                            (String) r[2],
                            (String) r[3],
                            Level.valueOf(r[4].toString().strip()),
                            Stance.valueOf(r[5].toString().strip()),
                            count(r[6])));
        }
        return found;
    }

    /** A page of the coalition's tags, the latest first; whether each counts today (a member's, a supporter's). */
    public List<TagRow> tags(long coalitionId, @Min(0) int first, @Min(1) int max) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em
                .createQuery("""
                        SELECT t.id, t.version, p.id, s.id, p.displayName, s.name, t.quality, s.stance,
                          (SELECT COUNT(m) FROM Membership m WHERE m.coalition = t.coalition AND m.person = p
                            AND m.role <> org.coalition.coalition.CoalitionRole.OBSERVER),
                          t.taggedBy, t.taggedAt
                        FROM CoverageTag t LEFT JOIN t.member p LEFT JOIN t.stakeholder s
                        WHERE t.coalition.id = :c ORDER BY t.taggedAt DESC, t.id DESC""", Object[].class)
                .setParameter("c", coalitionId)
                .setFirstResult(first)
                .setMaxResults(Math.min(max, MAX_PAGE))
                .getResultList()
                .stream()
                .map(r -> new TagRow(
                        (Long) r[0],
                        ((Number) r[1]).longValue(),
                        (Long) r[2],
                        (Long) r[3],
                        r[2] != null ? (String) r[4] : (String) r[5],
                        (Quality) r[6],
                        r[2] != null ? count(r[8]) > 0 : Supporters.isSupportive((Stance) r[7]),
                        (String) r[9],
                        (Instant) r[10]))
                .toList();
    }

    /** How many tags {@link #tags} pages through. */
    public long tagCount(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.createQuery("SELECT COUNT(t) FROM CoverageTag t WHERE t.coalition.id = :c", Long.class)
                .setParameter("c", coalitionId)
                .getSingleResult();
    }

    /** The sponsors and members (at most {@link #MAX_PAGE}), by name, with the level they count at. */
    public List<MemberLevel> members(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em
                .createQuery("""
                        SELECT p.id, p.username, p.displayName, p.department, m.level, p.executive FROM Membership m JOIN m.person p
                        WHERE m.coalition.id = :c AND m.role <> org.coalition.coalition.CoalitionRole.OBSERVER
                        ORDER BY p.displayName, p.id""", Object[].class)
                .setParameter("c", coalitionId)
                .setMaxResults(MAX_PAGE)
                .getResultList()
                .stream()
                .map(r -> new MemberLevel(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (Level) r[4],
                        Supporters.memberLevel((Level) r[4], (Boolean) r[5])))
                .toList();
    }

    /** The most influential supportive stakeholders (at most {@code max}), whom a tag would count for. */
    public List<Suggestion> supporters(long coalitionId, @Min(1) int max) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em
                .createQuery("""
                        SELECT s.id, s.name, s.department, s.level, s.stance, s.influence FROM Stakeholder s
                        WHERE s.coalition.id = :c AND s.stance IN :supportive AND s.erasedOn IS NULL
                        ORDER BY s.influence DESC, s.name, s.id""", Object[].class)
                .setParameter("c", coalitionId)
                .setParameter("supportive", Supporters.SUPPORTIVE)
                .setMaxResults(Math.min(max, MAX_PAGE))
                .getResultList()
                .stream()
                .map(r -> new Suggestion(
                        null, (Long) r[0], (String) r[1], (String) r[2], (Level) r[3], (Stance) r[4], (Integer) r[5]))
                .toList();
    }

    /** Tags a sponsor or member of the coalition with what they bring; tagging them again with it changes nothing. */
    public TagRow tagMember(
            long coalitionId,
            @NotBlank String username,
            @NotNull(message = "{CoverageTag.chooseQuality}") Quality quality) {
        access.require(coalitionId, CoalitionAction.TAG_COVERAGE);
        Membership membership = membershipOf(coalitionId, username);
        CoverageTag tag = em.createQuery(
                        "SELECT t FROM CoverageTag t WHERE t.coalition.id = :c AND t.member = :p AND t.quality = :q",
                        CoverageTag.class)
                .setParameter("c", coalitionId)
                .setParameter("p", membership.getPerson())
                .setParameter("q", quality)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (tag == null) {
            tag = CoverageTag.ofMember(
                    membership.getCoalition(), membership.getPerson(), quality, access.username(), Instant.now());
            em.persist(tag);
            em.flush();
            audit.record(
                    coalitionId,
                    AuditAction.COVERAGE_TAGGED,
                    "CoverageTag",
                    tag.getId(),
                    membership.getPerson().getDisplayName(),
                    null,
                    quality.name());
        }
        return new TagRow(
                tag.getId(),
                tag.getVersion(),
                membership.getPerson().getId(),
                null,
                membership.getPerson().getDisplayName(),
                quality,
                true,
                tag.getTaggedBy(),
                tag.getTaggedAt());
    }

    /** Tags a stakeholder of the coalition with what they bring (it counts while they are supportive). */
    public TagRow tagStakeholder(
            long coalitionId, long stakeholderId, @NotNull(message = "{CoverageTag.chooseQuality}") Quality quality) {
        access.require(coalitionId, CoalitionAction.TAG_COVERAGE);
        Stakeholder stakeholder = em.find(Stakeholder.class, stakeholderId);
        if (stakeholder == null) {
            throw new NotFoundException(Refusal.NO_STAKEHOLDER, stakeholderId);
        }
        if (stakeholder.getCoalition().getId() != coalitionId) {
            throw new RuleViolationException(Refusal.COVERAGE_OTHER_COALITION);
        }
        CoverageTag tag = em.createQuery(
                        "SELECT t FROM CoverageTag t WHERE t.stakeholder = :s AND t.quality = :q", CoverageTag.class)
                .setParameter("s", stakeholder)
                .setParameter("q", quality)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (tag == null) {
            tag = CoverageTag.ofStakeholder(stakeholder, quality, access.username(), Instant.now());
            em.persist(tag);
            em.flush();
            audit.record(
                    coalitionId,
                    AuditAction.COVERAGE_TAGGED,
                    "CoverageTag",
                    tag.getId(),
                    stakeholder.getName(),
                    null,
                    quality.name());
        }
        return new TagRow(
                tag.getId(),
                tag.getVersion(),
                null,
                stakeholderId,
                stakeholder.getName(),
                quality,
                Supporters.isSupportive(stakeholder.getStance()),
                tag.getTaggedBy(),
                tag.getTaggedAt());
    }

    /** Removes a tag. */
    public void untag(long tagId) {
        CoverageTag tag = em.find(CoverageTag.class, tagId);
        if (tag == null) {
            throw new NotFoundException(Refusal.NO_COVERAGE_TAG, tagId);
        }
        long coalitionId = tag.getCoalition().getId();
        access.require(coalitionId, CoalitionAction.TAG_COVERAGE);
        String who = tag.getMember() != null
                ? tag.getMember().getDisplayName()
                : tag.getStakeholder().getName();
        em.remove(tag);
        em.flush();
        audit.record(
                coalitionId,
                AuditAction.COVERAGE_UNTAGGED,
                "CoverageTag",
                tagId,
                who,
                tag.getQuality().name(),
                null);
    }

    /** Records a sponsor's or member's level in the organisation (null: not known) for the grid. */
    public MemberLevel setMemberLevel(long coalitionId, @NotBlank String username, Level level) {
        access.require(coalitionId, CoalitionAction.TAG_COVERAGE);
        Membership membership = membershipOf(coalitionId, username);
        Level before = membership.getLevel();
        membership.setLevel(level);
        em.flush();
        audit.record(
                coalitionId,
                AuditAction.MEMBER_LEVEL_SET,
                "Membership",
                membership.getId(),
                membership.getPerson().getDisplayName(),
                before == null ? null : before.name(),
                level == null ? null : level.name());
        return new MemberLevel(
                membership.getPerson().getId(),
                username,
                membership.getPerson().getDisplayName(),
                membership.getPerson().getDepartment(),
                level,
                Supporters.memberLevel(level, membership.getPerson().isExecutive()));
    }

    /**
     * Records that the change touches a department, needing support there from {@code needed} up; once the coalition
     * records one, only the recorded departments make the grid. Naming one again changes its level.
     */
    public TouchedDepartment touch(
            long coalitionId,
            @NotBlank(message = "{TouchedDepartment.nameDepartment}")
                    @Size(max = 100, message = "{TouchedDepartment.department100Characters}")
                    String department,
            @NotNull(message = "{TouchedDepartment.chooseLevel}") Level needed) {
        access.require(coalitionId, CoalitionAction.TAG_COVERAGE);
        String name = department.strip();
        TouchedDepartment touched = em.createQuery("""
                        SELECT d FROM TouchedDepartment d WHERE d.coalition.id = :c AND LOWER(d.department) = :name""", TouchedDepartment.class)
                .setParameter("c", coalitionId)
                .setParameter("name", Coverage.key(name))
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (touched != null) {
            if (touched.getNeededLevel() == needed) {
                throw new RuleViolationException(Refusal.DEPARTMENT_TOUCHED_ALREADY, touched.getDepartment());
            }
            touched.needFrom(needed);
        } else {
            touched = new TouchedDepartment(
                    em.find(Coalition.class, coalitionId), name, needed, access.username(), Instant.now());
            em.persist(touched);
        }
        em.flush();
        audit.record(
                coalitionId,
                AuditAction.DEPARTMENT_TOUCHED,
                "TouchedDepartment",
                touched.getId(),
                name,
                null,
                needed.name());
        return touched;
    }

    /** No longer counts a department the coalition recorded as touched (by its name). */
    public void untouch(long coalitionId, @NotBlank String department) {
        access.require(coalitionId, CoalitionAction.TAG_COVERAGE);
        TouchedDepartment touched = em.createQuery("""
                        SELECT d FROM TouchedDepartment d WHERE d.coalition.id = :c AND LOWER(d.department) = :name""", TouchedDepartment.class)
                .setParameter("c", coalitionId)
                .setParameter("name", Coverage.key(department))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Refusal.NO_TOUCHED_DEPARTMENT, department));
        em.remove(touched);
        em.flush();
        audit.record(
                coalitionId,
                AuditAction.DEPARTMENT_UNTOUCHED,
                "TouchedDepartment",
                touched.getId(),
                touched.getDepartment(),
                touched.getNeededLevel().name(),
                null);
    }

    private Membership membershipOf(long coalitionId, String username) {
        return em.createQuery("""
                        SELECT m FROM Membership m JOIN FETCH m.person p
                        WHERE m.coalition.id = :c AND p.username = :u AND m.role <> :observer""", Membership.class)
                .setParameter("c", coalitionId)
                .setParameter("u", username == null ? "" : username.strip())
                .setParameter("observer", CoalitionRole.OBSERVER)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(Refusal.COVERAGE_NOT_MEMBER, username));
    }

    private static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
