package org.coalition.trust;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionService;
import org.coalition.people.Person;
import org.coalition.people.PersonService;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.NamePattern;
import org.coalition.platform.NotFoundException;
import org.coalition.platform.RuleViolationException;
import org.coalition.rhythm.FeedPost;
import org.coalition.shared.Refusal;
import org.coalition.shared.Said;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.Stance;
import org.coalition.stakeholder.StanceChange;

/** Quick wins: small joint efforts that build trust before the main initiative. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class QuickWinService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private PersonService people;

    @EJB
    private AuditTrail audit;

    /** A stance that changed thanks to the quick win, with the reason. */
    public record TrustChange(long stakeholderId, Stance stance, String reason) implements Serializable {}

    public QuickWin plan(
            long coalitionId,
            @NotBlank(message = "{QuickWinService.giveQuickWinTitle}")
                    @Size(max = 150, message = "{MilestoneService.title150Characters}")
                    String title,
            @NotNull(message = "{QuickWinService.chooseWhatKindQuick}") QuickWinKind kind,
            @Size(max = 1000, message = "{QuickWinService.successCriteria1000}") String successCriteria,
            LocalDate dueOn,
            @NotNull Set<Long> stakeholderIds,
            @NotNull Set<String> memberUsernames) {
        access.require(coalitionId, CoalitionAction.MANAGE_QUICK_WINS);
        Set<Stakeholder> stakeholders = stakeholderIds.isEmpty()
                ? Set.of()
                : new HashSet<>(em.createQuery(
                                "SELECT s FROM Stakeholder s WHERE s.id IN :ids AND s.coalition.id = :c",
                                Stakeholder.class)
                        .setParameter("ids", stakeholderIds)
                        .setParameter("c", coalitionId)
                        .getResultList());
        Set<Person> members = memberUsernames.isEmpty()
                ? Set.of()
                : new HashSet<>(em.createQuery(
                                "SELECT p FROM Membership m JOIN m.person p WHERE m.coalition.id = :c AND p.username IN :u",
                                Person.class)
                        .setParameter("c", coalitionId)
                        .setParameter("u", memberUsernames)
                        .getResultList());
        if (stakeholders.size() != stakeholderIds.size() || members.size() != memberUsernames.size()) {
            throw new RuleViolationException(Refusal.PARTICIPANTS);
        }
        QuickWin win = new QuickWin(
                em.find(Coalition.class, coalitionId), title, kind, successCriteria, dueOn, stakeholders, members);
        em.persist(win);
        em.flush();
        audit.record(coalitionId, AuditAction.QUICK_WIN_PLANNED, "QuickWin", win.getId(), title, null, kind.name());
        return win;
    }

    public QuickWin start(long quickWinId, long loadedVersion) {
        QuickWin win = find(quickWinId, loadedVersion);
        win.start();
        flush();
        audit.record(
                win.getCoalition().getId(),
                AuditAction.QUICK_WIN_STARTED,
                "QuickWin",
                quickWinId,
                win.getTitle(),
                "PLANNED",
                win.getStatus().name());
        return win;
    }

    /**
     * Completes (or abandons) a quick win with its outcome, and records whose trust it changed: those
     * stakeholders' stances change with the reason kept in their stance history.
     */
    public QuickWin finish(
            long quickWinId,
            long loadedVersion,
            boolean completed,
            @Size(max = 2000, message = "{QuickWinService.outcome2000Characters}") String outcome,
            @NotNull List<TrustChange> trustChanges) {
        QuickWin win = find(quickWinId, loadedVersion);
        long coalitionId = win.getCoalition().getId();
        if (win.getStatus().isFinished()) {
            throw new RuleViolationException(Refusal.QUICK_WIN_ALREADY, win.getStatus());
        }
        if (completed && (outcome == null || outcome.isBlank())) {
            throw new RuleViolationException(Refusal.OUTCOME_FIRST);
        }
        String before = win.getStatus().name();
        win.finish(completed, outcome, LocalDate.now());
        Instant now = Instant.now();
        String me = people.current().getDisplayName();
        Map<Long, Stakeholder> participants = new HashMap<>();
        win.getStakeholders().forEach(s -> participants.put(s.getId(), s));
        for (TrustChange change : trustChanges) {
            Stakeholder stakeholder = participants.get(change.stakeholderId());
            if (stakeholder == null) {
                throw new RuleViolationException(Refusal.ONLY_OWN_STAKEHOLDERS);
            }
            Stance was = stakeholder.getStance();
            if (stakeholder.changeStance(change.stance(), LocalDate.now())) {
                String reason = "Quick win \u201c" + win.getTitle() + "\u201d"
                        + (change.reason() == null || change.reason().isBlank()
                                ? ""
                                : ": " + change.reason().strip());
                em.persist(new StanceChange(stakeholder, was, change.stance(), now, me, reason));
                audit.record(
                        coalitionId,
                        AuditAction.STANCE_CHANGED,
                        "Stakeholder",
                        stakeholder.getId(),
                        reason,
                        was.name(),
                        change.stance().name());
            }
        }
        if (completed) {
            em.persist(new FeedPost(
                    coalitionId,
                    FeedPost.Kind.CELEBRATION,
                    now,
                    me,
                    Said.of("said.feed.quickWinCompleted", win.getTitle(), String.valueOf(win.getOutcome()))));
        }
        flush();
        audit.record(
                coalitionId,
                completed ? AuditAction.QUICK_WIN_COMPLETED : AuditAction.QUICK_WIN_ABANDONED,
                "QuickWin",
                quickWinId,
                win.getTitle() + (win.getOutcome() == null ? "" : ": " + win.getOutcome()),
                before,
                win.getStatus().name());
        return win;
    }

    /** No page is larger than this, whatever a caller asks for. */
    public static final int MAX_PAGE = 500;

    /**
     * A page of the coalition's quick wins, soonest due first, with their participants: one query for the
     * page and one batch each for its stakeholders and members, whatever the number.
     */
    public List<QuickWin> list(long coalitionId, @Min(0) int first, @Min(1) int pageSize) {
        access.require(coalitionId, CoalitionAction.VIEW);
        // fetch joins of the participants would make the limit count participants: they come in batches instead
        List<QuickWin> wins = em.createQuery(
                        "SELECT q FROM QuickWin q WHERE q.coalition.id = :c ORDER BY q.dueOn, q.id", QuickWin.class)
                .setParameter("c", coalitionId)
                .setHint("eclipselink.batch", "q.stakeholders")
                .setHint("eclipselink.batch", "q.members")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(first)
                .setMaxResults(Math.min(pageSize, MAX_PAGE))
                .getResultList();
        wins.forEach(q -> {
            q.getStakeholders().size();
            q.getMembers().size();
        });
        return wins;
    }

    public long count(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.createQuery("SELECT COUNT(q) FROM QuickWin q WHERE q.coalition.id = :c", Long.class)
                .setParameter("c", coalitionId)
                .getSingleResult();
    }

    /** A picker suggests at most this many; the rest are found by typing more of the name. */
    public static final int MAX_SUGGESTIONS = 10;

    /**
     * The coalition's stakeholders whose name contains the text (whatever the case), by name, at most
     * {@link #MAX_SUGGESTIONS}: the planning form finds participants by typing instead of listing thousands.
     */
    public List<ParticipantChoice> suggestStakeholders(long coalitionId, String text) {
        access.require(coalitionId, CoalitionAction.MANAGE_QUICK_WINS);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return em.createQuery("""
                        SELECT s.id, s.name, s.department FROM Stakeholder s
                        WHERE s.coalition.id = :c AND LOWER(s.name) LIKE :name ESCAPE '\\' ORDER BY s.name, s.id""", Object[].class)
                .setParameter("c", coalitionId)
                .setParameter("name", NamePattern.containing(text))
                .setMaxResults(MAX_SUGGESTIONS)
                .getResultStream()
                .map(row -> ParticipantChoice.stakeholder((Long) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    /**
     * The coalition's sponsors and members (observers do not take part) whose name contains the text, by name,
     * at most {@link #MAX_SUGGESTIONS}.
     */
    public List<ParticipantChoice> suggestMembers(long coalitionId, String text) {
        access.require(coalitionId, CoalitionAction.MANAGE_QUICK_WINS);
        return CoalitionService.workersNamed(em, coalitionId, text);
    }

    private QuickWin find(long quickWinId, long loadedVersion) {
        QuickWin win = em.find(QuickWin.class, quickWinId);
        if (win == null) {
            throw new NotFoundException(Refusal.NO_QUICK_WIN, quickWinId);
        }
        access.require(win.getCoalition().getId(), CoalitionAction.MANAGE_QUICK_WINS);
        if (win.getVersion() != loadedVersion) {
            throw new ConcurrentEditException(Refusal.Subject.QUICK_WIN);
        }
        return win;
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(Refusal.Subject.QUICK_WIN);
        }
    }
}
