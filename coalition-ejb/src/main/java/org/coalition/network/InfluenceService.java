package org.coalition.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.CoalitionRole;
import org.coalition.network.InfluenceGraph.Edge;
import org.coalition.network.InfluenceGraph.Ref;
import org.coalition.people.Person;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.FactsCache;
import org.coalition.platform.NotFoundException;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.Refusal;
import org.coalition.stakeholder.DecisionRole;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;

/**
 * Who influences whom in a coalition, who decides, and the coalition's paths to them. Sponsors and members record
 * links and mark decision makers ({@link CoalitionAction#EDIT_INFLUENCE}); everyone who may view the coalition sees
 * the links, paths and reach ({@link CoalitionAction#VIEW}), and only those who may read notes
 * ({@link CoalitionAction#VIEW_NOTES}) see a link's note.
 * <p>
 * The network is read in four statements whatever its size (the caller's standing, the stakeholders, the members,
 * the links, each as plain columns); paths and reach are computed in memory by {@link InfluenceGraph} with bounded
 * work. It is the same for everyone who may view the coalition (it holds no notes), so it is kept in the
 * {@link FactsCache} until the next change (or 10 s, for a change on another server), with the paths worked out for
 * it: at 10x the bench data a network page read 5,000 stakeholders and 30,250 links on every view. Lists of links are
 * paged in the database.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class InfluenceService {

    /** No page is larger than this, whatever a caller asks for. */
    public static final int MAX_PAGE = 500;

    private static final String ROW =
            "NEW org.coalition.network.InfluenceLinkRow(l.id, l.version, fs.id, fs.name, fm.id,"
                    + " fm.displayName, t.id, t.name, l.kind, l.strength, l.note, l.recordedBy, l.recordedAt)";
    private static final String FROM = " FROM InfluenceLink l LEFT JOIN l.fromStakeholder fs LEFT JOIN l.fromMember fm"
            + " JOIN l.toStakeholder t";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private AuditTrail audit;

    @EJB
    private StakeholderService stakeholders;

    @Inject
    private FactsCache cache;

    /**
     * Records that someone has a stakeholder's ear. Both people belong to the coalition; a member is one of its
     * sponsors or members; nobody influences themselves; one link per pair.
     */
    public InfluenceLink record(long coalitionId, @NotNull @Valid InfluenceLinkDraft draft) {
        access.require(coalitionId, CoalitionAction.EDIT_INFLUENCE);
        Stakeholder to = stakeholderOf(coalitionId, draft.getToStakeholderId());
        InfluenceLink link;
        String fromName;
        if (draft.getFromStakeholderId() != null) {
            if (draft.getFromStakeholderId().equals(draft.getToStakeholderId())) {
                throw new RuleViolationException(Refusal.INFLUENCE_SELF);
            }
            Stakeholder from = stakeholderOf(coalitionId, draft.getFromStakeholderId());
            fromName = from.getName();
            requireNew(coalitionId, "l.fromStakeholder.id = :from", from.getId(), to, fromName);
            link = InfluenceLink.between(
                    from, to, draft.getKind(), draft.getStrength(), draft.getNote(), access.username(), Instant.now());
        } else {
            Person member = memberOf(coalitionId, draft.getFromMember().strip());
            fromName = member.getDisplayName();
            requireNew(coalitionId, "l.fromMember.id = :from", member.getId(), to, fromName);
            link = InfluenceLink.fromMember(
                    member,
                    to,
                    draft.getKind(),
                    draft.getStrength(),
                    draft.getNote(),
                    access.username(),
                    Instant.now());
        }
        em.persist(link);
        em.flush();
        audit.record(
                coalitionId,
                AuditAction.INFLUENCE_RECORDED,
                "InfluenceLink",
                link.getId(),
                fromName + " → " + to.getName(),
                null,
                describe(link));
        return link;
    }

    /** Changes a link's kind, strength and note, as loaded at {@code loadedVersion}; who and whom stay. */
    public InfluenceLink revise(
            long linkId,
            long loadedVersion,
            @NotNull(message = "{InfluenceLink.chooseKind}") InfluenceKind kind,
            @Min(value = InfluenceLink.WEAKEST, message = "{InfluenceLink.strengthFrom1To3}")
                    @Max(value = InfluenceLink.STRONGEST, message = "{InfluenceLink.strengthFrom1To3}")
                    int strength,
            @Size(max = InfluenceLink.NOTE_MAX, message = "{InfluenceLink.note1000Characters}") String note) {
        InfluenceLink link = find(linkId);
        long coalitionId = link.getCoalition().getId();
        access.require(coalitionId, CoalitionAction.EDIT_INFLUENCE);
        if (link.getVersion() != loadedVersion) {
            throw new ConcurrentEditException(Refusal.Subject.INFLUENCE_LINK);
        }
        String before = describe(link);
        link.revise(kind, strength, note);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(Refusal.Subject.INFLUENCE_LINK);
        }
        audit.record(
                coalitionId,
                AuditAction.INFLUENCE_REVISED,
                "InfluenceLink",
                linkId,
                link.getToStakeholder().getName(),
                before,
                describe(link));
        return link;
    }

    /** Removes a link, as loaded at {@code loadedVersion}. */
    public void remove(long linkId, long loadedVersion) {
        InfluenceLink link = find(linkId);
        long coalitionId = link.getCoalition().getId();
        access.require(coalitionId, CoalitionAction.EDIT_INFLUENCE);
        if (link.getVersion() != loadedVersion) {
            throw new ConcurrentEditException(Refusal.Subject.INFLUENCE_LINK);
        }
        String before = describe(link);
        em.remove(link);
        em.flush();
        audit.record(
                coalitionId,
                AuditAction.INFLUENCE_REMOVED,
                "InfluenceLink",
                linkId,
                link.getToStakeholder().getName(),
                before,
                null);
    }

    /** Marks a stakeholder as a decision maker in this role, or as none ({@code null}). */
    public Stakeholder markDecisionMaker(long stakeholderId, DecisionRole role) {
        long coalitionId = access.requireForStakeholder(stakeholderId, CoalitionAction.EDIT_INFLUENCE);
        Stakeholder stakeholder = em.find(Stakeholder.class, stakeholderId);
        DecisionRole before = stakeholder.getDecisionRole();
        if (before != role) {
            stakeholder.markDecisionMaker(role);
            em.flush();
            audit.record(
                    coalitionId,
                    AuditAction.DECISION_ROLE_SET,
                    "Stakeholder",
                    stakeholderId,
                    stakeholder.getName(),
                    before == null ? "-" : before.name(),
                    role == null ? "-" : role.name());
        }
        return stakeholder;
    }

    /**
     * A page of the coalition's links, by whom they reach, then who has their ear; only those of one stakeholder
     * (to or from them) when {@code stakeholderId} is given. Notes only for those who may read notes.
     */
    public List<InfluenceLinkRow> links(long coalitionId, Long stakeholderId, @Min(0) int first, @Min(1) int pageSize) {
        return filteredLinks(coalitionId, stakeholderId, NetworkFilter.NONE, first, pageSize);
    }

    /** A page of the links the network page shows with its filter: both ends shown (see {@link NetworkFilter}). */
    public List<InfluenceLinkRow> shownLinks(
            long coalitionId, @NotNull NetworkFilter filter, @Min(0) int first, @Min(1) int pageSize) {
        return filteredLinks(coalitionId, null, filter, first, pageSize);
    }

    /** How many links the network page's filter shows. */
    public long countShownLinks(long coalitionId, @NotNull NetworkFilter filter) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return filtered("SELECT COUNT(l)" + FROM, coalitionId, null, filter, "", Long.class)
                .getSingleResult();
    }

    private List<InfluenceLinkRow> filteredLinks(
            long coalitionId, Long stakeholderId, NetworkFilter filter, int first, int pageSize) {
        Set<CoalitionAction> allowed =
                access.requireGrant(coalitionId, CoalitionAction.VIEW).allowed();
        List<InfluenceLinkRow> rows = filtered(
                        "SELECT " + ROW + FROM,
                        coalitionId,
                        stakeholderId,
                        filter,
                        " ORDER BY t.name, t.id, fs.name, fm.displayName, l.id",
                        InfluenceLinkRow.class)
                .setFirstResult(first)
                .setMaxResults(Math.min(pageSize, MAX_PAGE))
                .getResultList();
        return allowed.contains(CoalitionAction.VIEW_NOTES)
                ? rows
                : rows.stream().map(InfluenceLinkRow::withoutNote).toList();
    }

    /**
     * The coalition's links after this one (from the first when {@code last} is null) in the order they were recorded:
     * the order an export reads them in, a page at a time. Each page starts where the last ended, along the index on
     * (coalition, id): at 10x the bench data a page by OFFSET, or by whom the links reach, sorted all 30,250 links of
     * the coalition again (60 pages, 100 ms each); this reads the page's 500.
     */
    public List<InfluenceLinkRow> linksAfter(long coalitionId, InfluenceLinkRow last, @Min(1) int max) {
        Set<CoalitionAction> allowed =
                access.requireGrant(coalitionId, CoalitionAction.VIEW).allowed();
        TypedQuery<InfluenceLinkRow> query = em.createQuery(
                        "SELECT " + ROW + FROM + " WHERE l.coalition.id = :c" + (last == null ? "" : " AND l.id > :id")
                                + " ORDER BY l.id",
                        InfluenceLinkRow.class)
                .setParameter("c", coalitionId);
        if (last != null) {
            query.setParameter("id", last.id());
        }
        List<InfluenceLinkRow> rows =
                query.setMaxResults(Math.min(max, MAX_PAGE)).getResultList();
        return allowed.contains(CoalitionAction.VIEW_NOTES)
                ? rows
                : rows.stream().map(InfluenceLinkRow::withoutNote).toList();
    }

    /** How many links {@link #links} pages through. */
    public long countLinks(long coalitionId, Long stakeholderId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return filtered("SELECT COUNT(l)" + FROM, coalitionId, stakeholderId, NetworkFilter.NONE, "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> filtered(
            String select, long coalitionId, Long stakeholderId, NetworkFilter filter, String suffix, Class<T> type) {
        // through the outer joins' aliases: a path such as l.fromStakeholder.id would join inner and lose the members'
        // links
        String where = " WHERE l.coalition.id = :c" + (stakeholderId == null ? "" : " AND (t.id = :s OR fs.id = :s)")
                + filter.jpql();
        TypedQuery<T> query = em.createQuery(select + where + suffix, type).setParameter("c", coalitionId);
        if (filter.department() != null) {
            query.setParameter("department", filter.department());
        }
        if (filter.stance() != null) {
            query.setParameter("stance", filter.stance());
        }
        return stakeholderId == null ? query : query.setParameter("s", stakeholderId);
    }

    /**
     * The whole network of the coalition: everyone with their stance and evidence, the links, the decision makers
     * with the paths to them, each member's reach. Four statements, whatever the size.
     */
    public InfluenceNetwork network(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return cache.get("influence-network", coalitionId, () -> read(coalitionId));
    }

    /** The network as the database has it now (no notes in it: the same for everyone who may view the coalition). */
    private InfluenceNetwork read(long coalitionId) {
        var verification = stakeholders.verification();
        LocalDate today = LocalDate.now();
        List<InfluenceNetwork.Person> people = new ArrayList<>();
        em.createQuery("""
                        SELECT s.id, s.name, s.department, s.stance, s.stanceSince, s.lastConversationOn, s.decisionRole
                        FROM Stakeholder s WHERE s.coalition.id = :c""", Object[].class)
                .setParameter("c", coalitionId)
                .getResultList()
                .forEach(r -> people.add(new InfluenceNetwork.Person(
                        Ref.stakeholder((Long) r[0]),
                        (String) r[1],
                        (String) r[2],
                        (Stance) r[3],
                        verification.isVerified((LocalDate) r[5], (LocalDate) r[4], today),
                        (LocalDate) r[5],
                        (DecisionRole) r[6])));
        em.createQuery("""
                        SELECT p.id, p.displayName FROM Membership m JOIN m.person p
                        WHERE m.coalition.id = :c AND m.role <> :observer""", Object[].class)
                .setParameter("c", coalitionId)
                .setParameter("observer", CoalitionRole.OBSERVER)
                .getResultList()
                .forEach(r -> people.add(InfluenceNetwork.Person.member((Long) r[0], (String) r[1])));
        List<Edge> edges = em.createQuery("""
                        SELECT fs.id, fm.id, l.toStakeholder.id, l.strength
                        FROM InfluenceLink l LEFT JOIN l.fromStakeholder fs LEFT JOIN l.fromMember fm
                        WHERE l.coalition.id = :c""", Object[].class).setParameter("c", coalitionId).getResultList().stream()
                .map(r -> new Edge(
                        r[0] != null ? Ref.stakeholder((Long) r[0]) : Ref.member((Long) r[1]),
                        Ref.stakeholder((Long) r[2]),
                        ((Number) r[3]).intValue()))
                .toList();
        return InfluenceNetwork.of(people, edges);
    }

    /** No more pending decisions are shown than this (the soonest due first). */
    public static final int MAX_DECISIONS = 50;

    /**
     * The milestones awaiting their decision (the soonest due first), each with the approvers and veto holders it
     * names and whether it would pass today. Six statements, whatever the size of the network.
     */
    public List<PendingDecision> decisions(long coalitionId) {
        return overview(coalitionId).decisions();
    }

    /** The network and the decisions awaited, from the same reads: six statements whatever the size. */
    public NetworkOverview overview(long coalitionId) {
        InfluenceNetwork network = network(coalitionId);
        List<Object[]> milestones = em.createQuery("""
                        SELECT m.id, m.title, m.dueOn FROM Milestone m
                        WHERE m.coalition.id = :c AND m.status = org.coalition.milestone.MilestoneStatus.PROPOSED
                        ORDER BY m.dueOn, m.id""", Object[].class)
                .setParameter("c", coalitionId)
                .setMaxResults(MAX_DECISIONS)
                .getResultList();
        java.util.Map<Long, Set<Long>> deciders =
                deciders(milestones.stream().map(r -> (Long) r[0]).toList());
        LocalDate today = LocalDate.now();
        return new NetworkOverview(
                network,
                milestones.stream()
                        .map(r -> {
                            Set<Long> ids = deciders.getOrDefault((Long) r[0], Set.of());
                            return new PendingDecision(
                                    (Long) r[0],
                                    (String) r[1],
                                    (LocalDate) r[2],
                                    ids,
                                    DecisionReadiness.of(
                                            network,
                                            ids.stream().map(Ref::stakeholder).toList(),
                                            today));
                        })
                        .toList());
    }

    /** Whether this milestone's decision would pass today, with its approvers and veto holders. */
    public DecisionReadiness readiness(long milestoneId) {
        return decision(milestoneId).decisions().get(0).readiness();
    }

    /** One milestone's decision with the network it was judged on (for the names on its paths). */
    public NetworkOverview decision(long milestoneId) {
        long coalitionId = coalitionOfMilestone(milestoneId);
        InfluenceNetwork network = network(coalitionId);
        Set<Long> ids = deciders(List.of(milestoneId)).getOrDefault(milestoneId, Set.of());
        Object[] m = em.createQuery("SELECT m.title, m.dueOn FROM Milestone m WHERE m.id = :id", Object[].class)
                .setParameter("id", milestoneId)
                .getSingleResult();
        return new NetworkOverview(
                network,
                List.of(new PendingDecision(
                        milestoneId,
                        (String) m[0],
                        (LocalDate) m[1],
                        ids,
                        DecisionReadiness.of(
                                network, ids.stream().map(Ref::stakeholder).toList(), LocalDate.now()))));
    }

    /**
     * Names the approvers and veto holders a milestone's decision needs (replacing those named before). Each is a
     * stakeholder of the coalition marked as approver or veto holder.
     */
    public void nameDeciders(long milestoneId, @NotNull Set<Long> stakeholderIds) {
        long coalitionId = coalitionOfMilestone(milestoneId);
        access.require(coalitionId, CoalitionAction.EDIT_INFLUENCE);
        org.coalition.milestone.Milestone milestone = em.find(org.coalition.milestone.Milestone.class, milestoneId);
        List<Stakeholder> chosen = new ArrayList<>();
        for (Long id : stakeholderIds) {
            Stakeholder s = stakeholderOf(coalitionId, id);
            if (s.getDecisionRole() == null || !s.getDecisionRole().decides()) {
                throw new RuleViolationException(Refusal.DECIDER_NOT_DECISION_MAKER, s.getName());
            }
            chosen.add(s);
        }
        List<MilestoneDecider> named = em.createQuery(
                        "SELECT d FROM MilestoneDecider d WHERE d.milestone.id = :m", MilestoneDecider.class)
                .setParameter("m", milestoneId)
                .getResultList();
        Set<Long> before = new java.util.TreeSet<>();
        for (MilestoneDecider d : named) {
            before.add(d.getStakeholder().getId());
            if (!stakeholderIds.contains(d.getStakeholder().getId())) {
                em.remove(d);
            }
        }
        chosen.stream()
                .filter(s -> !before.contains(s.getId()))
                .forEach(s -> em.persist(new MilestoneDecider(milestone, s)));
        em.flush();
        audit.record(
                coalitionId,
                AuditAction.MILESTONE_DECIDERS,
                "Milestone",
                milestoneId,
                milestone.getTitle(),
                before.toString(),
                new java.util.TreeSet<>(stakeholderIds).toString());
    }

    private java.util.Map<Long, Set<Long>> deciders(List<Long> milestoneIds) {
        java.util.Map<Long, Set<Long>> deciders = new java.util.HashMap<>();
        if (milestoneIds.isEmpty()) {
            return deciders;
        }
        em.createQuery(
                        "SELECT d.milestone.id, d.stakeholder.id FROM MilestoneDecider d WHERE d.milestone.id IN :ids",
                        Object[].class)
                .setParameter("ids", milestoneIds)
                .getResultList()
                .forEach(r -> deciders.computeIfAbsent((Long) r[0], k -> new java.util.TreeSet<>())
                        .add((Long) r[1]));
        return deciders;
    }

    private long coalitionOfMilestone(long milestoneId) {
        return em.createQuery("SELECT m.coalition.id FROM Milestone m WHERE m.id = :id", Long.class)
                .setParameter("id", milestoneId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Refusal.NO_MILESTONE, milestoneId));
    }

    private InfluenceLink find(long linkId) {
        InfluenceLink link = em.find(InfluenceLink.class, linkId);
        if (link == null) {
            throw new NotFoundException(Refusal.NO_INFLUENCE_LINK, linkId);
        }
        return link;
    }

    private Stakeholder stakeholderOf(long coalitionId, Long stakeholderId) {
        Stakeholder stakeholder = stakeholderId == null ? null : em.find(Stakeholder.class, stakeholderId);
        if (stakeholder == null) {
            throw new NotFoundException(Refusal.NO_STAKEHOLDER, stakeholderId);
        }
        if (stakeholder.getCoalition().getId() != coalitionId) {
            throw new RuleViolationException(Refusal.INFLUENCE_OTHER_COALITION);
        }
        return stakeholder;
    }

    private Person memberOf(long coalitionId, String username) {
        return em.createQuery("""
                        SELECT p FROM Membership m JOIN m.person p
                        WHERE m.coalition.id = :c AND p.username = :u AND m.role <> :observer""", Person.class)
                .setParameter("c", coalitionId)
                .setParameter("u", username)
                .setParameter("observer", CoalitionRole.OBSERVER)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(Refusal.INFLUENCE_NOT_MEMBER, username));
    }

    private void requireNew(long coalitionId, String fromCondition, long fromId, Stakeholder to, String fromName) {
        long existing = em.createQuery(
                        "SELECT COUNT(l) FROM InfluenceLink l WHERE l.coalition.id = :c AND " + fromCondition
                                + " AND l.toStakeholder.id = :to",
                        Long.class)
                .setParameter("c", coalitionId)
                .setParameter("from", fromId)
                .setParameter("to", to.getId())
                .getSingleResult();
        if (existing > 0) {
            throw new RuleViolationException(Refusal.INFLUENCE_EXISTS, fromName, to.getName());
        }
    }

    /** Who has the ear in a link, as the audit trail names them. */
    static String fromName(InfluenceLink link) {
        return link.getFromStakeholder() != null
                ? link.getFromStakeholder().getName()
                : link.getFromMember().getDisplayName();
    }

    /** A link as one line for the audit trail; its note stays out (it is private). */
    static String describe(InfluenceLink link) {
        String from = link.getFromStakeholder() != null
                ? link.getFromStakeholder().getName()
                : link.getFromMember().getUsername();
        return from + " → " + link.getToStakeholder().getName() + " | " + link.getKind() + " | strength "
                + link.getStrength();
    }
}
