package org.coalition.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.CoalitionRole;
import org.coalition.exchange.Table;
import org.coalition.network.InfluenceGraph.Ref;
import org.coalition.people.Person;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.Refused;
import org.coalition.shared.Said;
import org.coalition.stakeholder.Stakeholder;

/**
 * Imports influence links from a file's table, through the same steps as the stakeholder import: the columns
 * guessed from the header ({@link LinkField#guess}), every row checked against the coalition's people and links
 * ({@link LinkImport}) with its reason when refused, then the accepted rows stored in one transaction — or none,
 * when the person chose "all or nothing" and a row was refused. Who may record links may import them
 * ({@link CoalitionAction#EDIT_INFLUENCE}).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class InfluenceImportService {

    private static final Logger LOG = Logger.getLogger(InfluenceImportService.class.getName());

    /** Rows written per flush; the persistence context is emptied after each. */
    static final int BATCH = 250;

    /**
     * What an import did: whether it stored anything, how many links, how many rows were refused, and the report.
     */
    public record Outcome(boolean stored, int imported, int refused, LinkImport.Report report)
            implements java.io.Serializable {}

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private AuditTrail audit;

    /** The report on every row against the coalition's people and links as they are now; stores nothing. */
    public LinkImport.Report check(long coalitionId, @NotNull Table table, @NotNull List<LinkField> mapping) {
        access.require(coalitionId, CoalitionAction.EDIT_INFLUENCE);
        return checked(coalitionId, table, mapping);
    }

    /**
     * Checks the rows again (people and links may have changed since the preview) and stores the accepted ones in
     * this one transaction, each with its audit entry as the form writes it.
     *
     * @param allOrNothing store nothing when any row is refused
     */
    public Outcome importRows(
            long coalitionId, @NotNull Table table, @NotNull List<LinkField> mapping, boolean allOrNothing) {
        access.require(coalitionId, CoalitionAction.EDIT_INFLUENCE);
        LinkImport.Report report = checked(coalitionId, table, mapping);
        int refused = (int) report.refused();
        List<LinkImport.Row> rows = report.accepted();
        if (allOrNothing && refused > 0) {
            return new Outcome(false, 0, refused, report);
        }
        String me = access.username();
        Instant now = Instant.now();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<LinkImport.Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            List<InfluenceLink> stored = new ArrayList<>(batch.size());
            for (LinkImport.Row row : batch) {
                Stakeholder to = em.find(Stakeholder.class, row.toRef().id());
                InfluenceLink link = row.fromRef().member()
                        ? InfluenceLink.fromMember(
                                em.find(Person.class, row.fromRef().id()),
                                to,
                                row.kind(),
                                row.strength(),
                                row.note(),
                                me,
                                now)
                        : InfluenceLink.between(
                                em.find(Stakeholder.class, row.fromRef().id()),
                                to,
                                row.kind(),
                                row.strength(),
                                row.note(),
                                me,
                                now);
                em.persist(link);
                stored.add(link);
            }
            em.flush(); // ids assigned: the audit entries can name them
            for (InfluenceLink link : stored) {
                audit.record(
                        coalitionId,
                        AuditAction.INFLUENCE_IMPORTED,
                        "InfluenceLink",
                        link.getId(),
                        InfluenceService.fromName(link) + " → "
                                + link.getToStakeholder().getName(),
                        null,
                        InfluenceService.describe(link));
            }
            em.flush();
            em.clear();
        }
        audit.record(
                coalitionId,
                AuditAction.INFLUENCE_LINKS_IMPORTED,
                "Coalition",
                coalitionId,
                Said.of("said.audit.linksImported", String.valueOf(rows.size())),
                null,
                rows.size() + " imported, " + refused + " rows refused");
        LOG.info(() -> me + " imported " + rows.size() + " influence links into coalition " + coalitionId);
        return new Outcome(true, rows.size(), refused, report);
    }

    private LinkImport.Report checked(long coalitionId, Table table, List<LinkField> mapping) {
        try {
            return checker(coalitionId).check(table, mapping);
        } catch (Refused.Argument e) {
            throw new RuleViolationException(e.refusal(), e.arguments());
        }
    }

    /** The coalition's stakeholders and members with the names they go by, and its links: three statements. */
    private LinkImport checker(long coalitionId) {
        List<LinkImport.Known> people = new ArrayList<>();
        em.createQuery(
                        "SELECT s.id, s.name, s.ssoUsername FROM Stakeholder s WHERE s.coalition.id = :c",
                        Object[].class)
                .setParameter("c", coalitionId)
                .getResultList()
                .forEach(r -> people.add(new LinkImport.Known(
                        Ref.stakeholder((Long) r[0]),
                        (String) r[1],
                        r[2] == null ? List.of() : List.of((String) r[2]))));
        em.createQuery("""
                        SELECT p.id, p.displayName, p.username, p.email FROM Membership m JOIN m.person p
                        WHERE m.coalition.id = :c AND m.role <> :observer""", Object[].class)
                .setParameter("c", coalitionId)
                .setParameter("observer", CoalitionRole.OBSERVER)
                .getResultList()
                .forEach(r -> {
                    List<String> aliases = new ArrayList<>();
                    aliases.add((String) r[2]);
                    if (r[3] != null) {
                        aliases.add((String) r[3]);
                    }
                    people.add(new LinkImport.Known(Ref.member((Long) r[0]), (String) r[1], aliases));
                });
        Set<String> existing = new HashSet<>();
        em.createQuery("""
                        SELECT fs.id, fm.id, l.toStakeholder.id FROM InfluenceLink l LEFT JOIN l.fromStakeholder fs
                        LEFT JOIN l.fromMember fm WHERE l.coalition.id = :c""", Object[].class)
                .setParameter("c", coalitionId)
                .getResultList()
                .forEach(r -> existing.add(LinkImport.pair(
                        r[0] != null ? Ref.stakeholder((Long) r[0]) : Ref.member((Long) r[1]),
                        Ref.stakeholder((Long) r[2]))));
        return new LinkImport(people, existing);
    }
}
