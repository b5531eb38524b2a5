package org.coalition.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.coalition.access.AccessGuard;
import org.coalition.access.Roles;
import org.coalition.coalition.Coalition;
import org.coalition.milestone.Task;
import org.coalition.rhythm.SyncCadence;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.StakeholderRow;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.stakeholder.Verification;

/**
 * A member's work across every coalition where they are a member or sponsor: four queries whatever the
 * number of coalitions. Archived coalitions are left out: nothing in them can change any more.
 * <p>
 * No {@link AccessGuard#require} per coalition: every query is limited to coalitions where the caller
 * is a member or sponsor, who may see and update all of this.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class MyWorkService {

    /** The caller's working coalitions, as a subquery over {@code :u}. */
    private static final String MINE = """
            (SELECT m.coalition.id FROM Membership m WHERE m.person.username = :u
             AND m.role IN (org.coalition.coalition.CoalitionRole.MEMBER, org.coalition.coalition.CoalitionRole.SPONSOR)
             AND m.coalition.phase <> org.coalition.coalition.Phase.CLOSED)""";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private StakeholderService stakeholders;

    public MyWork overview() {
        String me = access.username();
        List<Coalition> coalitions = em.createQuery("SELECT c FROM Coalition c WHERE c.id IN " + MINE + " ORDER BY c.name, c.id",
                        Coalition.class)
                .setParameter("u", me).getResultList();
        if (coalitions.isEmpty()) {
            return new MyWork(List.of(), List.of(), List.of());
        }
        List<Task> tasks = em.createQuery("""
                        SELECT t FROM Task t JOIN FETCH t.coalition LEFT JOIN FETCH t.milestone
                        WHERE t.assignee.username = :u AND t.status <> org.coalition.milestone.TaskStatus.DONE
                        AND t.coalition.id IN""" + " " + MINE + " ORDER BY t.dueOn, t.id", Task.class)
                .setParameter("u", me).getResultList();
        return new MyWork(tasks, conversationsDue(me), nextSyncs(coalitions));
    }

    /** Stakeholders the caller owns, verification computed in Java by the register's own rule. */
    private List<ConversationDue> conversationsDue(String me) {
        Verification rule = stakeholders.verification();
        LocalDate today = LocalDate.now();
        return em.createQuery("""
                        SELECT s.id, s.name, s.title, s.level, s.department, s.influence, s.interest, s.resources, s.stance,
                        s.stanceSince, s.lastConversationOn, o.displayName, c.id, c.name
                        FROM Stakeholder s JOIN s.relationshipOwner o JOIN s.coalition c
                        WHERE o.username = :u AND c.id IN""" + " " + MINE + " ORDER BY s.name, s.id",
                        Object[].class)
                .setParameter("u", me).getResultList().stream()
                .map(r -> new ConversationDue((Long) r[12], (String) r[13], row(r).withVerification(rule, today)))
                .filter(due -> !due.stakeholder().verified())
                // Never spoken to first, then the longest since the last conversation
                .sorted(Comparator.comparing((ConversationDue due) -> due.stakeholder().lastConversationOn(),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static StakeholderRow row(Object[] r) {
        return new StakeholderRow((Long) r[0], (String) r[1], (String) r[2], (Level) r[3], (String) r[4],
                ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), (Set<Resource>) r[7], (Stance) r[8],
                (LocalDate) r[9], (LocalDate) r[10], (String) r[11]);
    }

    /** Stored cadences in one query; coalitions without one follow the default, as in RhythmService. */
    private List<NextSync> nextSyncs(List<Coalition> coalitions) {
        Map<Long, SyncCadence> stored = em.createQuery("SELECT s FROM SyncCadence s WHERE s.coalitionId IN :ids", SyncCadence.class)
                .setParameter("ids", coalitions.stream().map(Coalition::getId).toList()).getResultList().stream()
                .collect(Collectors.toMap(SyncCadence::getCoalitionId, Function.identity()));
        Instant now = Instant.now();
        return coalitions.stream()
                .map(c -> {
                    SyncCadence cadence = stored.get(c.getId());
                    var effective = cadence != null ? cadence.toCadence() : SyncCadence.defaultFor(c.getCreatedAt());
                    return new NextSync(c.getId(), c.getName(), effective.upcoming(now, 1).get(0));
                })
                .sorted(Comparator.comparing((NextSync n) -> n.occurrence().start().toInstant()).thenComparing(NextSync::coalitionName))
                .toList();
    }
}
