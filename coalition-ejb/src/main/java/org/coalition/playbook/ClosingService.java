package org.coalition.playbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.coalition.Phase;
import org.coalition.people.Person;
import org.coalition.people.PersonService;
import org.coalition.rhythm.FeedPost;
import org.coalition.shared.Said;
import org.coalition.stakeholder.Stakeholder;

/**
 * The end of a coalition: the retrospective, the move to {@link Phase#CLOSED}, the celebration of its wins on
 * the feed, and the allies it carries forward into its people's next initiative (the wizard offers them as
 * first stakeholders).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class ClosingService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private CoalitionService coalitions;

    @EJB
    private PersonService people;

    @EJB
    private AuditTrail audit;

    /**
     * Closes the coalition: keeps the retrospective, moves it to {@link Phase#CLOSED} (only a sponsor may,
     * and only from Sustaining — {@link CoalitionService#changePhase} applies the phase rules), celebrates its
     * wins on the feed, and carries its allies — champions and supporters among the stakeholders, its
     * sponsors and members — into the ally network.
     */
    public Coalition close(
            long coalitionId,
            long loadedVersion,
            @NotNull(message = "{ClosingService.writeRetrospectiveFirst}") @Valid RetrospectiveDraft retrospective) {
        access.require(coalitionId, CoalitionAction.ARCHIVE);
        Instant now = Instant.now();
        Person me = people.current();
        if (count("SELECT COUNT(r) FROM Retrospective r WHERE r.coalitionId = :c", coalitionId) == 0) {
            em.persist(new Retrospective(coalitionId, retrospective, me.getDisplayName(), now));
            em.flush();
        }
        Coalition coalition = coalitions.changePhase(coalitionId, loadedVersion, Phase.CLOSED, false);

        List<String> wins = new ArrayList<>();
        em.createQuery("""
                        SELECT q.title FROM QuickWin q WHERE q.coalition.id = :c
                        AND q.status = org.coalition.trust.QuickWinStatus.COMPLETED ORDER BY q.completedOn, q.id""", String.class)
                .setParameter("c", coalitionId)
                .getResultList()
                .forEach(wins::add);
        em.createQuery("""
                        SELECT m.title FROM Milestone m WHERE m.coalition.id = :c
                        AND m.status = org.coalition.milestone.MilestoneStatus.APPROVED ORDER BY m.dueOn, m.id""", String.class)
                .setParameter("c", coalitionId)
                .getResultList()
                .forEach(wins::add);
        Said celebration = wins.isEmpty()
                ? Said.of(
                        "said.feed.closed",
                        coalition.getName(),
                        retrospective.getWhatWorked().strip())
                : Said.of(
                        "said.feed.closedWithWins",
                        coalition.getName(),
                        String.join("; ", wins),
                        retrospective.getWhatWorked().strip());
        em.persist(new FeedPost(coalitionId, FeedPost.Kind.CELEBRATION, now, me.getDisplayName(), celebration));

        int allies = 0;
        for (Stakeholder s : em.createQuery("""
                        SELECT s FROM Stakeholder s WHERE s.coalition.id = :c
                        AND s.stance IN (org.coalition.stakeholder.Stance.CHAMPION, org.coalition.stakeholder.Stance.SUPPORTER)
                        ORDER BY s.name""", Stakeholder.class)
                .setParameter("c", coalitionId)
                .getResultList()) {
            em.persist(new Ally(
                    coalitionId,
                    s.getName(),
                    s.getTitle(),
                    s.getDepartment(),
                    s.getSsoUsername(),
                    Ally.Source.STAKEHOLDER,
                    s.getStance(),
                    now));
            allies++;
        }
        for (Object[] row : em.createQuery("""
                        SELECT p.displayName, p.department, p.username, m.role FROM Membership m JOIN m.person p
                        WHERE m.coalition.id = :c AND m.role <> org.coalition.coalition.CoalitionRole.OBSERVER
                        ORDER BY p.displayName""", Object[].class)
                .setParameter("c", coalitionId)
                .getResultList()) {
            em.persist(new Ally(
                    coalitionId,
                    (String) row[0],
                    null,
                    (String) row[1],
                    (String) row[2],
                    row[3] == CoalitionRole.SPONSOR ? Ally.Source.SPONSOR : Ally.Source.MEMBER,
                    null,
                    now));
            allies++;
        }
        audit.record(
                coalitionId,
                AuditAction.COALITION_CLOSED,
                "Coalition",
                coalitionId,
                Said.of("said.audit.closed", String.valueOf(allies)),
                retrospective.getWhatWorked().strip(),
                retrospective.getWhatToRepeat().strip());
        return coalition;
    }

    public Optional<Retrospective> retrospective(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.createQuery("SELECT r FROM Retrospective r WHERE r.coalitionId = :c", Retrospective.class)
                .setParameter("c", coalitionId)
                .getResultStream()
                .findFirst();
    }

    /** The allies a closed coalition carried forward. */
    public List<Ally> allies(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.createQuery("SELECT a FROM Ally a WHERE a.coalitionId = :c ORDER BY a.source, a.name", Ally.class)
                .setParameter("c", coalitionId)
                .getResultList();
    }

    private long count(String jpql, long coalitionId) {
        return em.createQuery(jpql, Long.class).setParameter("c", coalitionId).getSingleResult();
    }
}
