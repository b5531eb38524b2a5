package org.coalition.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.Coalition;
import org.coalition.people.Person;
import org.coalition.people.PersonService;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.Refusal;
import org.coalition.shared.Said;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.StanceChange;

/**
 * Imports stakeholders from a file's table. Whoever may edit a coalition's stakeholders (its sponsors
 * and members, {@link CoalitionAction#EDIT_STAKEHOLDERS}) may import them. Every row is checked with the
 * stakeholder form's rules ({@link StakeholderImport}); the valid rows are stored in one transaction,
 * each with its first stance in the history and an audit entry, exactly as the form stores them — or,
 * when the person chose "all or nothing" and a row is invalid, none.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class StakeholderImportService {

    private static final Logger LOG = Logger.getLogger(StakeholderImportService.class.getName());

    /** Rows written per flush; the persistence context is emptied after each, so memory stays flat. */
    static final int BATCH = 250;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private PersonService people;

    @EJB
    private AuditTrail audit;

    @Inject
    private Validator validator;

    /** The report on every row, against the register as it is now; stores nothing. */
    public ImportReport check(long coalitionId, @NotNull Table table, @NotNull ColumnMapping mapping) {
        access.require(coalitionId, CoalitionAction.EDIT_STAKEHOLDERS);
        return checked(coalitionId, table, mapping);
    }

    /** A file the checker refuses as a whole (mapping, size) becomes a business exception with its message. */
    private ImportReport checked(long coalitionId, Table table, ColumnMapping mapping) {
        try {
            return checker(coalitionId).check(table, mapping);
        } catch (ExchangeException e) {
            throw new RuleViolationException(Refusal.AS_SAID, e.getMessage());
        }
    }

    /**
     * Checks the rows again (the register may have changed since the preview) and stores the valid ones
     * in this one transaction.
     *
     * @param allOrNothing      store nothing when any row is invalid
     * @param includeDuplicates also store rows that look like someone already known
     * @param progress          advanced as rows are stored, for a page to poll; may be null
     */
    public ImportOutcome importRows(
            long coalitionId,
            @NotNull Table table,
            @NotNull ColumnMapping mapping,
            boolean allOrNothing,
            boolean includeDuplicates,
            ImportProgress progress) {
        access.require(coalitionId, CoalitionAction.EDIT_STAKEHOLDERS);
        ImportProgress shown = progress == null ? new ImportProgress() : progress;
        ImportReport report = checked(coalitionId, table, mapping);
        int invalid = (int) report.count(RowStatus.INVALID);
        int duplicates = (int) report.count(RowStatus.DUPLICATE);
        List<RowReport> rows = report.importable(includeDuplicates);
        shown.start(rows.size());
        if (allOrNothing && invalid > 0) {
            return new ImportOutcome(false, 0, 0, invalid, report);
        }
        String me = people.current().getDisplayName();
        Map<String, Long> ownerIds = ownerIds(coalitionId);
        LocalDate today = LocalDate.now();
        Instant now = Instant.now();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<RowReport> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            Coalition coalition = em.getReference(Coalition.class, coalitionId);
            List<Stakeholder> stored = new ArrayList<>(batch.size());
            for (RowReport row : batch) {
                String ownerName = row.draft().getRelationshipOwner();
                Person owner = ownerName == null ? null : em.getReference(Person.class, ownerIds.get(ownerName));
                Stakeholder stakeholder = new Stakeholder(coalition, row.draft(), owner, today);
                em.persist(stakeholder);
                stored.add(stakeholder);
                em.persist(new StanceChange(
                        stakeholder,
                        null,
                        stakeholder.getStance(),
                        now,
                        me,
                        row.draft().getStanceReason()));
            }
            em.flush(); // ids assigned: the audit entries can name them
            for (Stakeholder s : stored) {
                audit.record(
                        coalitionId,
                        AuditAction.STAKEHOLDER_IMPORTED,
                        "Stakeholder",
                        s.getId(),
                        s.getName(),
                        null,
                        StakeholderService.describe(s));
            }
            em.flush();
            em.clear();
            shown.advance(batch.size());
        }
        audit.record(
                coalitionId,
                AuditAction.STAKEHOLDERS_IMPORTED,
                "Coalition",
                coalitionId,
                Said.of("said.audit.stakeholdersImported", String.valueOf(rows.size())),
                null,
                rows.size() + " imported, " + (includeDuplicates ? 0 : duplicates) + " likely duplicates left out, "
                        + invalid + " invalid rows left out");
        LOG.info(() -> access.username() + " imported " + rows.size() + " stakeholders into coalition " + coalitionId);
        return new ImportOutcome(true, rows.size(), includeDuplicates ? 0 : duplicates, invalid, report);
    }

    /** The same as {@link #importRows}, on a container thread: the page polls {@code progress} meanwhile. */
    @Asynchronous
    public Future<ImportOutcome> importInBackground(
            long coalitionId,
            @NotNull Table table,
            @NotNull ColumnMapping mapping,
            boolean allOrNothing,
            boolean includeDuplicates,
            ImportProgress progress) {
        return CompletableFuture.completedFuture(
                importRows(coalitionId, table, mapping, allOrNothing, includeDuplicates, progress));
    }

    private StakeholderImport checker(long coalitionId) {
        Map<DuplicateKey, String> existing = new HashMap<>();
        em.createQuery("SELECT s.name, s.department FROM Stakeholder s WHERE s.coalition.id = :c", Object[].class)
                .setParameter("c", coalitionId)
                .getResultList()
                .forEach(r ->
                        existing.putIfAbsent(DuplicateKey.of((String) r[0], (String) r[1]), r[0] + " (" + r[1] + ")"));
        return new StakeholderImport(validator, existing, ownerIds(coalitionId).keySet());
    }

    /** The coalition's sponsors and members (who may own relationships) by user name. */
    private Map<String, Long> ownerIds(long coalitionId) {
        Map<String, Long> ids = new HashMap<>();
        em.createQuery("""
                        SELECT p.username, p.id FROM Membership m JOIN m.person p
                        WHERE m.coalition.id = :c AND m.role <> org.coalition.coalition.CoalitionRole.OBSERVER""", Object[].class)
                .setParameter("c", coalitionId)
                .getResultList()
                .forEach(r -> ids.put((String) r[0], (Long) r[1]));
        return ids;
    }
}
