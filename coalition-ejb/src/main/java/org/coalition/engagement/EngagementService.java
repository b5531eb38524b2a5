package org.coalition.engagement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.Task;
import org.coalition.people.Person;
import org.coalition.people.PersonService;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.Refusal;
import org.coalition.shared.Said;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StanceChange;

/** One-on-one conversations: where motivations are discovered and stances verified. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class EngagementService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private PersonService people;

    @EJB
    private AuditTrail audit;

    @EJB
    private MilestoneService milestones;

    /** Days a planned one-on-one gets before its task is overdue. */
    static final int PLAN_WITHIN_DAYS = 7;

    /**
     * The health advisor's one-click correction for an assumed stance: a task "Hold a one-on-one with …",
     * due within a week, for the stakeholder's relationship owner — or for the caller when nobody owns the
     * relationship. Refused while such a task is still open, so a second click plans nothing twice.
     */
    public Task planOneOnOne(long stakeholderId) {
        long coalitionId = access.requireForStakeholder(stakeholderId, CoalitionAction.MANAGE_TASKS);
        Stakeholder stakeholder = em.find(Stakeholder.class, stakeholderId);
        String title = ("Hold a one-on-one with " + stakeholder.getName());
        if (title.length() > 150) {
            title = title.substring(0, 149) + "\u2026";
        }
        var open = em.createQuery("""
                        SELECT t.assignee.displayName, t.dueOn FROM Task t WHERE t.coalition.id = :c AND t.title = :t
                        AND t.status <> org.coalition.milestone.TaskStatus.DONE""", Object[].class)
                .setParameter("c", coalitionId)
                .setParameter("t", title)
                .setMaxResults(1)
                .getResultList();
        if (!open.isEmpty()) {
            throw open.get(0)[1] == null
                    ? new RuleViolationException(Refusal.ONE_ON_ONE_PLANNED, stakeholder.getName(), open.get(0)[0])
                    : new RuleViolationException(
                            Refusal.ONE_ON_ONE_PLANNED_DUE, stakeholder.getName(), open.get(0)[0], open.get(0)[1]);
        }
        String assignee = stakeholder.getRelationshipOwner() != null
                ? stakeholder.getRelationshipOwner().getUsername()
                : access.username();
        return milestones.addTask(
                coalitionId, null, title, assignee, LocalDate.now().plusDays(PLAN_WITHIN_DAYS));
    }

    /**
     * Logs a conversation held by the caller with its motivations. The stakeholder's stance is verified
     * by it; when the conversation revealed a different stance, that change is recorded with its reason.
     */
    public Conversation log(long stakeholderId, @NotNull @Valid ConversationDraft draft) {
        long coalitionId = access.requireForStakeholder(stakeholderId, CoalitionAction.LOG_CONVERSATIONS);
        Stakeholder stakeholder = em.find(Stakeholder.class, stakeholderId);
        Person me = people.current();
        var questions = draft.getQuestions().stream()
                .filter(q -> q != null && !q.isBlank())
                .map(String::strip)
                .toList();
        if (questions.isEmpty()
                && (draft.getNotes() == null || draft.getNotes().isBlank())
                && draft.getMotivations().isEmpty()) {
            throw new RuleViolationException(Refusal.EMPTY_CONVERSATION);
        }
        Conversation conversation = new Conversation(stakeholder, draft.getHeldOn(), me, questions, draft.getNotes());
        draft.getMotivations().forEach(m -> conversation.heard(m.getCategory(), m.getDescription(), m.getStrength()));
        em.persist(conversation);
        var before = stakeholder.getStance();
        if (draft.getStance() != null && stakeholder.changeStance(draft.getStance(), draft.getHeldOn())) {
            String reason =
                    draft.getStanceReason() == null || draft.getStanceReason().isBlank()
                            ? "Heard in a conversation on " + draft.getHeldOn()
                            : draft.getStanceReason();
            em.persist(new StanceChange(
                    stakeholder, before, draft.getStance(), Instant.now(), me.getDisplayName(), reason));
        }
        stakeholder.conversationHeldOn(draft.getHeldOn());
        em.flush();
        audit.record(
                coalitionId,
                AuditAction.CONVERSATION_LOGGED,
                "Conversation",
                conversation.getId(),
                Said.of(
                        "said.audit.conversationLogged",
                        stakeholder.getName(),
                        String.valueOf(draft.getHeldOn()),
                        String.valueOf(draft.getMotivations().size())),
                before.name(),
                stakeholder.getStance().name());
        return conversation;
    }
}
