package org.coalition.commonground;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.Coalition;
import org.coalition.engagement.Motivation;
import org.coalition.engagement.MotivationCategory;
import org.coalition.people.PersonService;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.Refusal;
import org.coalition.shared.Said;
import org.coalition.stakeholder.Stakeholder;

/** The shared purpose, where the motivations overlap, and the framing of the purpose for each stakeholder. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class CommonGroundService {

    /** No page is larger than this, whatever a caller asks for. */
    public static final int MAX_PAGE = 500;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private PersonService people;

    @EJB
    private AuditTrail audit;

    /** A page of the revisions of the purpose statement, newest first (the very first is the current one). */
    public List<PurposeStatement> purposeHistory(long coalitionId, @Min(0) int first, @Min(1) int pageSize) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.createQuery(
                        "SELECT p FROM PurposeStatement p WHERE p.coalition.id = :c ORDER BY p.revision DESC",
                        PurposeStatement.class)
                .setParameter("c", coalitionId)
                .setFirstResult(first)
                .setMaxResults(Math.min(pageSize, MAX_PAGE))
                .getResultList();
    }

    /**
     * Writes a new revision of the purpose statement.
     *
     * @param basedOnRevision the revision the writer started from (0 when there was none): a newer one means
     *                        someone else changed it meanwhile
     */
    public PurposeStatement revisePurpose(
            long coalitionId,
            int basedOnRevision,
            @NotBlank(message = "{CommonGroundService.writeSharedPurposeFirst}")
                    @Size(max = PurposeStatement.MAX, message = "{CommonGroundService.purpose2000Characters}")
                    String text) {
        access.require(coalitionId, CoalitionAction.EDIT_COALITION);
        Integer current = em.createQuery(
                        "SELECT MAX(p.revision) FROM PurposeStatement p WHERE p.coalition.id = :c", Integer.class)
                .setParameter("c", coalitionId)
                .getSingleResult();
        int latest = current == null ? 0 : current;
        if (latest != basedOnRevision) {
            throw new ConcurrentEditException(Refusal.Subject.PURPOSE);
        }
        PurposeStatement statement = new PurposeStatement(
                em.find(Coalition.class, coalitionId),
                latest + 1,
                text,
                people.current().getDisplayName(),
                Instant.now());
        em.persist(statement);
        audit.record(
                coalitionId,
                AuditAction.PURPOSE_REVISED,
                "PurposeStatement",
                null,
                Said.of("said.audit.purposeRevised", String.valueOf(latest + 1)),
                null,
                statement.getText());
        return statement;
    }

    /** Which motivation categories the stakeholders share, weighted by influence: one query. */
    public List<CommonGround.CategoryOverlap> overlap(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW_NOTES);
        List<Object[]> heard = em.createQuery("""
                        SELECT DISTINCT s.id, m.category, s.influence
                        FROM Motivation m JOIN m.stakeholder s WHERE s.coalition.id = :c""", Object[].class)
                .setParameter("c", coalitionId)
                .getResultList();
        return CommonGround.overlap(heard.stream()
                .map(row -> new CommonGround.Heard((Long) row[0], (MotivationCategory) row[1], (Integer) row[2]))
                .toList());
    }

    /**
     * A page of the framings of the coalition's stakeholders, by stakeholder name, with their motivations:
     * one query for the page and one batch for its motivations, whatever the number.
     */
    public List<Framing> framings(long coalitionId, @Min(0) int first, @Min(1) int pageSize) {
        access.require(coalitionId, CoalitionAction.VIEW_NOTES);
        // a fetch join of the motivations would make the limit count motivations: they come in one batch instead
        List<Framing> framings = em.createQuery("""
                        SELECT f FROM Framing f JOIN FETCH f.stakeholder s
                        WHERE s.coalition.id = :c ORDER BY s.name, f.id""", Framing.class)
                .setParameter("c", coalitionId)
                .setHint("eclipselink.batch", "f.motivations")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(first)
                .setMaxResults(Math.min(pageSize, MAX_PAGE))
                .getResultList();
        framings.forEach(f -> f.getMotivations().size());
        return framings;
    }

    public long countFramings(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW_NOTES);
        return em.createQuery("SELECT COUNT(f) FROM Framing f WHERE f.stakeholder.coalition.id = :c", Long.class)
                .setParameter("c", coalitionId)
                .getSingleResult();
    }

    public Optional<Framing> framingOf(long stakeholderId) {
        access.requireForStakeholder(stakeholderId, CoalitionAction.VIEW_NOTES);
        return em.createQuery(
                        "SELECT f FROM Framing f LEFT JOIN FETCH f.motivations WHERE f.stakeholder.id = :s",
                        Framing.class)
                .setParameter("s", stakeholderId)
                .getResultStream()
                .findFirst();
    }

    /** Writes (or rewrites) how the shared goal serves this stakeholder, linked to their own motivations. */
    public Framing frame(
            long stakeholderId,
            @NotBlank(message = "{CommonGroundService.writeHowSharedGoal}")
                    @Size(max = 2000, message = "{CommonGroundService.framing2000Characters}")
                    String text,
            @NotNull Set<Long> motivationIds,
            @NotNull(message = "{CommonGroundService.chooseSignStatus}") SignOnStatus signOn) {
        long coalitionId = access.requireForStakeholder(stakeholderId, CoalitionAction.EDIT_STAKEHOLDERS);
        Set<Motivation> motivations = new HashSet<>();
        if (!motivationIds.isEmpty()) {
            motivations.addAll(em.createQuery(
                            "SELECT m FROM Motivation m WHERE m.id IN :ids AND m.stakeholder.id = :s", Motivation.class)
                    .setParameter("ids", motivationIds)
                    .setParameter("s", stakeholderId)
                    .getResultList());
            if (motivations.size() != motivationIds.size()) {
                throw new RuleViolationException(Refusal.FRAMING_OWN_MOTIVATIONS);
            }
        }
        Optional<Framing> existing = em.createQuery(
                        "SELECT f FROM Framing f WHERE f.stakeholder.id = :s", Framing.class)
                .setParameter("s", stakeholderId)
                .getResultStream()
                .findFirst();
        Framing framing = existing.orElseGet(() -> new Framing(em.find(Stakeholder.class, stakeholderId)));
        framing.update(text, motivations, signOn);
        if (existing.isEmpty()) {
            em.persist(framing);
        }
        audit.record(
                coalitionId,
                existing.isEmpty() ? AuditAction.FRAMING_WRITTEN : AuditAction.FRAMING_REVISED,
                "Framing",
                null,
                "Framing for " + framing.getStakeholder().getName(),
                null,
                signOn.name());
        return framing;
    }
}
