package org.coalition.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.coalition.access.AccessGuard;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditEntry;
import org.coalition.audit.AuditTrail;
import org.coalition.engagement.Conversation;
import org.coalition.engagement.Motivation;
import org.coalition.people.Person;
import org.coalition.platform.NotFoundException;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.ChangeStamp;
import org.coalition.shared.Refusal;
import org.coalition.shared.Said;
import org.coalition.stakeholder.Stakeholder;

/**
 * A person's rights over what Coalition records about them, exercised by an administrator: a download of
 * everything (JSON, streamed a page at a time), and erasure.
 * <p>
 * Only application administrators: department administrators may not read notes in any coalition
 * ({@link org.coalition.access.CoalitionAction#departmentAdminMay()}), and an export or erasure reaches a
 * person's notes in every coalition, so it is not theirs to do.
 * <p>
 * Erasure keeps every row (so memberships, tasks, conversations, differences and the audit trail keep their
 * references, and counts, the map and health stay as they were) and replaces what identifies the person or
 * was written about them; see {@link #erase}. Both are audited: in every coalition concerned, and outside
 * coalitions for the administrators' privacy log.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PrivacyService {

    static final int PAGE = 500;

    /** Columns that name who did something: by user name or by display name (as written at the time). */
    private static final List<String> BY_USERNAME =
            List.of("audit_entry.actor", "coalition.created_by", "membership.granted_by");

    private static final List<String> BY_NAME_OR_USERNAME = List.of(
            "stance_change.changed_by",
            "feed_post.author",
            "purpose_statement.written_by",
            "milestone.proposed_by",
            "milestone.decided_by",
            "difference.created_by",
            "difference.resolved_by",
            "sync_cadence.updated_by",
            "sync_note.written_by",
            "retrospective.written_by",
            "engagement_change.changed_by");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private AuditTrail audit;

    /** A page of the stakeholder records (every coalition) whose name contains the search, by name. */
    public List<StakeholderRecord> stakeholders(
            @NotNull @Size(min = 1, max = 150) String nameContains, @Min(0) int first, @Min(1) int pageSize) {
        String pattern = "%"
                + nameContains
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
        return em.createQuery("""
                        SELECT NEW org.coalition.privacy.StakeholderRecord(s.id, s.name, s.department, c.name, s.ssoUsername, s.erasedOn)
                        FROM Stakeholder s JOIN s.coalition c WHERE LOWER(s.name) LIKE :q ESCAPE '\\'
                        ORDER BY s.name, c.name, s.id""", StakeholderRecord.class)
                .setParameter("q", pattern)
                .setFirstResult(first)
                .setMaxResults(Math.min(pageSize, PAGE))
                .getResultList();
    }

    /** Who the subject is in the database: their person record (if they ever signed in) and stakeholder records. */
    private record Resolved(Person person, String username, List<Long> stakeholderIds, String label) {

        Long subjectId() {
            return person != null ? person.getId() : stakeholderIds.get(0);
        }

        String subjectType() {
            return person != null ? "Person" : "Stakeholder";
        }
    }

    private Resolved resolve(DataSubject subject) {
        if (subject.username() != null) {
            String username = subject.username();
            Person person = em.createQuery("SELECT p FROM Person p WHERE p.username = :u", Person.class)
                    .setParameter("u", username)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            List<Long> ids = em.createQuery(
                            "SELECT s.id FROM Stakeholder s WHERE s.ssoUsername = :u ORDER BY s.id", Long.class)
                    .setParameter("u", username)
                    .getResultList();
            if (person == null && ids.isEmpty()) {
                throw new NotFoundException(Refusal.NOTHING_RECORDED, username);
            }
            return new Resolved(person, username, ids, person != null ? person.getDisplayName() : username);
        }
        Stakeholder stakeholder = em.find(Stakeholder.class, subject.stakeholderId());
        if (stakeholder == null) {
            throw new NotFoundException(Refusal.NO_STAKEHOLDER, subject.stakeholderId());
        }
        return new Resolved(null, null, List.of(stakeholder.getId()), stakeholder.getName());
    }

    /** The name of whom the subject designates, for the download's file name and the page's messages. */
    public String describe(@NotNull DataSubject subject) {
        return resolve(subject).label();
    }

    // ---------------------------------------------------------------------------------------------- export

    /**
     * Writes everything recorded about the subject as one JSON document: their person record, memberships,
     * every stakeholder record with its stance history, one-on-ones (with notes), framing, differences and the
     * one-on-one tasks about them; the one-on-ones they held, their tasks, their positions in differences, and
     * every audit entry by or about them. Nothing is written before the subject is found; the rows come a page
     * at a time, so memory stays bounded however much there is. Audited.
     *
     * @throws NotFoundException when nothing is recorded about the subject
     */
    public void export(@NotNull DataSubject subject, @NotNull OutputStream out) {
        Resolved who = resolve(subject);
        recordEverywhere(
                who, AuditAction.PERSONAL_DATA_EXPORTED, Said.of("said.audit.personalDataExported", who.label()));
        em.flush(); // the pages below clear the persistence context
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject();
            json.write("format", "coalition-personal-data/1");
            json.write("exportedAt", Instant.now().toString());
            json.write("exportedBy", access.username());
            json.writeStartObject("subject");
            text(json, "username", who.username());
            if (subject.stakeholderId() != null) {
                json.write("stakeholderId", subject.stakeholderId());
            }
            json.writeEnd();
            writePerson(json, who);
            json.writeStartArray("stakeholderRecords");
            for (long id : who.stakeholderIds()) {
                writeStakeholder(json, id);
                em.clear();
            }
            json.writeEnd();
            if (who.person() != null) {
                writeAsMember(json, who.person().getId());
            }
            writeAudit(json, who);
            json.writeEnd();
        }
    }

    private void writePerson(JsonGenerator json, Resolved who) {
        Person p = who.person();
        if (p == null) {
            json.writeNull("person");
            return;
        }
        json.writeStartObject("person");
        json.write("id", p.getId());
        text(json, "username", p.getUsername());
        text(json, "displayName", p.getDisplayName());
        text(json, "email", p.getEmail());
        text(json, "department", p.getDepartment());
        json.write("executive", p.isExecutive());
        text(json, "lastLoginAt", p.getLastLoginAt());
        text(json, "erasedOn", p.getErasedOn());
        json.writeEnd();
    }

    private void writeStakeholder(JsonGenerator json, long id) {
        Stakeholder s =
                em.createQuery("""
                        SELECT s FROM Stakeholder s JOIN FETCH s.coalition LEFT JOIN FETCH s.relationshipOwner WHERE s.id = :id""", Stakeholder.class).setParameter("id", id).getSingleResult();
        json.writeStartObject();
        json.write("id", s.getId());
        json.write("coalitionId", s.getCoalition().getId());
        text(json, "coalition", s.getCoalition().getName());
        text(json, "name", s.getName());
        text(json, "title", s.getTitle());
        text(json, "level", s.getLevel());
        text(json, "department", s.getDepartment());
        json.write("influence", s.getInfluence());
        json.write("interest", s.getInterest());
        json.writeStartArray("resources");
        s.getResources().forEach(r -> json.write(r.name()));
        json.writeEnd();
        text(json, "stance", s.getStance());
        text(json, "stanceSince", s.getStanceSince());
        text(
                json,
                "relationshipOwner",
                s.getRelationshipOwner() == null
                        ? null
                        : s.getRelationshipOwner().getUsername());
        text(json, "ssoUsername", s.getSsoUsername());
        text(json, "notes", s.getNotes());
        text(json, "notesWrittenOn", s.getNotesWrittenOn());
        text(json, "notesRedactedOn", s.getNotesRedactedOn());
        text(json, "lastConversationOn", s.getLastConversationOn());
        text(json, "erasedOn", s.getErasedOn());

        json.writeStartArray("stanceHistory");
        pages(
                last -> em.createQuery("""
                        SELECT h.id, h.from, h.to, h.changedAt, h.changedBy, h.reason FROM StanceChange h
                        WHERE h.stakeholder.id = :s AND h.id > :last ORDER BY h.id""", Object[].class)
                        .setParameter("s", id)
                        .setParameter("last", last),
                r -> (Long) r[0],
                r -> {
                    json.writeStartObject();
                    text(json, "from", r[1]);
                    text(json, "to", r[2]);
                    text(json, "changedAt", r[3]);
                    text(json, "changedBy", r[4]);
                    text(json, "reason", r[5]);
                    json.writeEnd();
                });
        json.writeEnd();

        json.writeStartArray("conversations");
        pages(
                last -> em.createQuery("""
                        SELECT c FROM Conversation c JOIN FETCH c.heldBy WHERE c.stakeholder.id = :s AND c.id > :last ORDER BY c.id""", Conversation.class)
                        .setParameter("s", id)
                        .setParameter("last", last)
                        .setHint("eclipselink.batch", "c.motivations")
                        .setHint("eclipselink.batch.type", "IN"),
                Conversation::getId,
                c -> {
                    json.writeStartObject();
                    text(json, "heldOn", c.getHeldOn());
                    text(json, "heldBy", c.getHeldBy().getUsername());
                    text(json, "questions", c.getQuestions());
                    text(json, "notes", c.getNotes());
                    text(json, "redactedOn", c.getRedactedOn());
                    json.writeStartArray("motivations");
                    for (Motivation m : c.getMotivations()) {
                        json.writeStartObject();
                        text(json, "category", m.getCategory());
                        text(json, "description", m.getDescription());
                        json.write("strength", m.getStrength());
                        json.writeEnd();
                    }
                    json.writeEnd();
                    json.writeEnd();
                });
        json.writeEnd();

        List<Object[]> framing = em.createQuery(
                        "SELECT f.text, f.signOn FROM Framing f WHERE f.stakeholder.id = :s", Object[].class)
                .setParameter("s", id)
                .getResultList();
        if (framing.isEmpty()) {
            json.writeNull("framing");
        } else {
            json.writeStartObject("framing");
            text(json, "text", framing.get(0)[0]);
            text(json, "signOn", framing.get(0)[1]);
            json.writeEnd();
        }

        json.writeStartArray("differences");
        pages(
                last -> em.createQuery("""
                        SELECT p.id, d.topic, p.position, p.interest FROM DifferenceParty p JOIN p.difference d
                        WHERE p.stakeholder.id = :s AND p.id > :last ORDER BY p.id""", Object[].class)
                        .setParameter("s", id)
                        .setParameter("last", last),
                r -> (Long) r[0],
                r -> writeParty(json, r));
        json.writeEnd();

        json.writeStartArray("tasksAbout");
        pages(
                last -> em.createQuery("""
                        SELECT t.id, t.title, t.dueOn, t.status, t.progressNotes FROM Task t
                        WHERE t.coalition.id = :c AND t.title = :title AND t.id > :last ORDER BY t.id""", Object[].class)
                        .setParameter("c", s.getCoalition().getId())
                        .setParameter("title", oneOnOneTitle(s.getName()))
                        .setParameter("last", last),
                r -> (Long) r[0],
                r -> writeTask(json, r, null));
        json.writeEnd();
        json.writeEnd();
    }

    /** The title of the task the health advisor plans for a one-on-one (EngagementService#planOneOnOne). */
    private static String oneOnOneTitle(String stakeholderName) {
        String title = "Hold a one-on-one with " + stakeholderName;
        return title.length() > 150 ? title.substring(0, 149) + "\u2026" : title;
    }

    private void writeAsMember(JsonGenerator json, long personId) {
        json.writeStartArray("memberships");
        pages(
                last -> em.createQuery("""
                        SELECT m.id, c.id, c.name, m.role, m.grantedBy, m.grantedAt FROM Membership m JOIN m.coalition c
                        WHERE m.person.id = :p AND m.id > :last ORDER BY m.id""", Object[].class)
                        .setParameter("p", personId)
                        .setParameter("last", last),
                r -> (Long) r[0],
                r -> {
                    json.writeStartObject();
                    json.write("coalitionId", (Long) r[1]);
                    text(json, "coalition", r[2]);
                    text(json, "role", r[3]);
                    text(json, "grantedBy", r[4]);
                    text(json, "grantedAt", r[5]);
                    json.writeEnd();
                });
        json.writeEnd();

        // the one-on-ones they held: when and with whom; what was said is about the stakeholder, not them
        json.writeStartArray("conversationsHeld");
        pages(
                last -> em.createQuery("""
                        SELECT c.id, c.heldOn, s.id, s.name, s.coalition.id FROM Conversation c JOIN c.stakeholder s
                        WHERE c.heldBy.id = :p AND c.id > :last ORDER BY c.id""", Object[].class)
                        .setParameter("p", personId)
                        .setParameter("last", last),
                r -> (Long) r[0],
                r -> {
                    json.writeStartObject();
                    text(json, "heldOn", r[1]);
                    json.write("stakeholderId", (Long) r[2]);
                    text(json, "stakeholder", r[3]);
                    json.write("coalitionId", (Long) r[4]);
                    json.writeEnd();
                });
        json.writeEnd();

        json.writeStartArray("tasks");
        pages(
                last -> em.createQuery("""
                        SELECT t.id, t.title, t.dueOn, t.status, t.progressNotes, t.coalition.id FROM Task t
                        WHERE t.assignee.id = :p AND t.id > :last ORDER BY t.id""", Object[].class)
                        .setParameter("p", personId)
                        .setParameter("last", last),
                r -> (Long) r[0],
                r -> writeTask(json, r, (Long) r[5]));
        json.writeEnd();

        json.writeStartArray("differences");
        pages(
                last -> em.createQuery("""
                        SELECT p.id, d.topic, p.position, p.interest FROM DifferenceParty p JOIN p.difference d
                        WHERE p.member.id = :p AND p.id > :last ORDER BY p.id""", Object[].class)
                        .setParameter("p", personId)
                        .setParameter("last", last),
                r -> (Long) r[0],
                r -> writeParty(json, r));
        json.writeEnd();
    }

    private static void writeParty(JsonGenerator json, Object[] r) {
        json.writeStartObject();
        text(json, "difference", r[1]);
        text(json, "position", r[2]);
        text(json, "interest", r[3]);
        json.writeEnd();
    }

    private static void writeTask(JsonGenerator json, Object[] r, Long coalitionId) {
        json.writeStartObject();
        if (coalitionId != null) {
            json.write("coalitionId", coalitionId);
        }
        text(json, "title", r[1]);
        text(json, "dueOn", r[2]);
        text(json, "status", r[3]);
        text(json, "progressNotes", r[4]);
        json.writeEnd();
    }

    /** Every audit entry by the person, or about their person or stakeholder records. */
    private void writeAudit(JsonGenerator json, Resolved who) {
        json.writeStartArray("auditEntries");
        String actor = who.username() == null ? "" : who.username();
        Long personId = who.person() == null ? -1L : who.person().getId();
        List<Long> stakeholderIds = who.stakeholderIds().isEmpty() ? List.of(-1L) : who.stakeholderIds();
        pages(
                last -> em.createQuery("""
                        SELECT a FROM AuditEntry a WHERE a.id > :last AND (a.actor = :actor
                        OR (a.subjectType = 'Person' AND a.subjectId = :person)
                        OR (a.subjectType = 'Stakeholder' AND a.subjectId IN :stakeholders)) ORDER BY a.id""", AuditEntry.class)
                        .setParameter("last", last)
                        .setParameter("actor", actor)
                        .setParameter("person", personId)
                        .setParameter("stakeholders", stakeholderIds),
                AuditEntry::getId,
                a -> {
                    json.writeStartObject();
                    text(json, "at", a.getAt());
                    if (a.getCoalitionId() != null) {
                        json.write("coalitionId", a.getCoalitionId());
                    }
                    text(json, "actor", a.getActor());
                    text(json, "action", a.getAction());
                    text(json, "subjectType", a.getSubjectType());
                    if (a.getSubjectId() != null) {
                        json.write("subjectId", a.getSubjectId());
                    }
                    text(json, "summary", a.getSummary());
                    text(json, "oldValue", a.getOldValue());
                    text(json, "newValue", a.getNewValue());
                    json.writeEnd();
                });
        json.writeEnd();
    }

    /** Reads the rows after the last id a page at a time, handing each to the writer, clearing the context in between. */
    private <T> void pages(Function<Long, TypedQuery<T>> after, Function<T, Long> idOf, Consumer<T> writer) {
        long last = Long.MIN_VALUE;
        List<T> page;
        do {
            page = after.apply(last).setMaxResults(PAGE).getResultList();
            for (T row : page) {
                writer.accept(row);
                last = idOf.apply(row);
            }
            em.clear();
        } while (page.size() == PAGE);
    }

    private static void text(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof Enum<?> e) {
            json.write(name, e.name());
        } else if (value instanceof Temporal || value instanceof CharSequence) {
            json.write(name, value.toString());
        } else {
            json.write(name, String.valueOf(value));
        }
    }

    // ---------------------------------------------------------------------------------------------- erasure

    /**
     * Erases the subject. Their stakeholder records keep level, department, influence, interest, resources
     * and stance (so counts, the map and health add up as before) and lose name, title, notes and the link to
     * a sign-in; their one-on-ones keep date, who held them and the motivations' categories and strengths, and
     * lose every text; stance-change reasons, framings and positions in differences are cleared; the
     * one-on-one tasks about them lose the name. A person record keeps its id (memberships, tasks and
     * conversations held still point at it) and loses name, user name, e-mail and department; their name is
     * replaced wherever the history records who did something (audit trail, feed, stance history...). The
     * erasure itself is audited in every coalition concerned and in the privacy log. Idempotent.
     *
     * @throws NotFoundException      when nothing is recorded about the subject
     * @throws RuleViolationException when administrators try to erase themselves
     */
    public Erasure erase(@NotNull DataSubject subject) {
        Resolved who = resolve(subject);
        if (who.username() != null && who.username().equals(access.username())) {
            throw new RuleViolationException(Refusal.ERASE_YOURSELF);
        }
        LocalDate today = LocalDate.now();
        Set<Long> coalitions = coalitionsOf(who);
        // the audit entries first: the label is still the person's name here; the erasure below replaces it
        String erasedName = Redaction.erasedName(who.subjectId());
        for (long coalitionId : coalitions) {
            audit.record(
                    coalitionId, AuditAction.PERSON_ERASED, who.subjectType(), who.subjectId(), erasedName, null, null);
        }
        audit.recordOutsideCoalitions(AuditAction.PERSON_ERASED, who.subjectType(), who.subjectId(), erasedName);
        em.flush();

        int conversations = 0;
        for (List<Long> ids : chunks(who.stakeholderIds())) {
            conversations += eraseStakeholders(ids, today);
        }
        if (who.person() != null) {
            erasePerson(who.person(), today);
        }
        em.flush();
        ChangeStamp.changed(); // bulk updates bypass the entity callbacks
        return new Erasure(who.stakeholderIds().size(), conversations, coalitions.size(), who.person() != null);
    }

    private Set<Long> coalitionsOf(Resolved who) {
        Set<Long> coalitions = new LinkedHashSet<>();
        for (List<Long> ids : chunks(who.stakeholderIds())) {
            coalitions.addAll(
                    em.createQuery("SELECT DISTINCT s.coalition.id FROM Stakeholder s WHERE s.id IN :ids", Long.class)
                            .setParameter("ids", ids)
                            .getResultList());
        }
        if (who.person() != null) {
            coalitions.addAll(
                    em.createQuery("SELECT m.coalition.id FROM Membership m WHERE m.person.id = :p", Long.class)
                            .setParameter("p", who.person().getId())
                            .getResultList());
        }
        return coalitions;
    }

    /** Erases a chunk of stakeholder records and everything written about them; returns the one-on-ones redacted. */
    private int eraseStakeholders(List<Long> ids, LocalDate today) {
        int conversations = em.createQuery("""
                        UPDATE Conversation c SET c.questions = NULL, c.notes = NULL, c.redactedOn = :today, c.version = c.version + 1
                        WHERE c.stakeholder.id IN :ids AND c.redactedOn IS NULL""")
                .setParameter("today", today)
                .setParameter("ids", ids)
                .executeUpdate();
        em.createQuery("""
                        UPDATE Motivation m SET m.description = :marker, m.version = m.version + 1
                        WHERE m.stakeholder.id IN :ids AND m.description <> :marker""")
                .setParameter("marker", Redaction.MARKER)
                .setParameter("ids", ids)
                .executeUpdate();
        em.createQuery(
                        "UPDATE StanceChange h SET h.reason = NULL, h.version = h.version + 1 WHERE h.stakeholder.id IN :ids AND h.reason IS NOT NULL")
                .setParameter("ids", ids)
                .executeUpdate();
        em.createQuery(
                        "UPDATE Framing f SET f.text = :marker, f.version = f.version + 1 WHERE f.stakeholder.id IN :ids")
                .setParameter("marker", Redaction.MARKER)
                .setParameter("ids", ids)
                .executeUpdate();
        em.createQuery("""
                        UPDATE DifferenceParty p SET p.position = :marker, p.interest = NULL, p.version = p.version + 1
                        WHERE p.stakeholder.id IN :ids""")
                .setParameter("marker", Redaction.MARKER)
                .setParameter("ids", ids)
                .executeUpdate();
        for (long id : ids) {
            Stakeholder s = em.find(Stakeholder.class, id);
            String name = s.getName();
            s.erase(today);
            em.createQuery(
                            "UPDATE Task t SET t.title = :erased, t.version = t.version + 1 WHERE t.coalition.id = :c AND t.title = :title")
                    .setParameter("erased", oneOnOneTitle(s.getName()))
                    .setParameter("c", s.getCoalition().getId())
                    .setParameter("title", oneOnOneTitle(name))
                    .executeUpdate();
            em.createNativeQuery(
                            "UPDATE audit_entry SET summary = ?1, summary_key = NULL, summary_args = NULL, old_value = NULL, new_value = NULL"
                                    + " WHERE subject_type = 'Stakeholder' AND subject_id = ?2 AND action <> ?3")
                    .setParameter(1, s.getName())
                    .setParameter(2, id)
                    .setParameter(3, AuditAction.PERSON_ERASED.code())
                    .executeUpdate();
            // other entries of the coalition that name them (one-on-ones logged, framings, tasks about them)
            replaceInAudit(name, s.getName(), s.getCoalition().getId());
        }
        return conversations;
    }

    private void erasePerson(Person person, LocalDate today) {
        long id = person.getId();
        String username = person.getUsername();
        String displayName = person.getDisplayName();
        String erasedUsername = Redaction.erasedUsername(id);
        String erasedName = Redaction.erasedName(id);
        em.createQuery(
                        "UPDATE DifferenceParty p SET p.position = :marker, p.interest = NULL, p.version = p.version + 1 WHERE p.member.id = :p")
                .setParameter("marker", Redaction.MARKER)
                .setParameter("p", id)
                .executeUpdate();
        for (String column : BY_USERNAME) {
            replace(column, username, erasedUsername);
        }
        for (String column : BY_NAME_OR_USERNAME) {
            replace(column, username, erasedUsername);
            replace(column, displayName, erasedName);
        }
        // the stakeholder register's audit lines name the relationship owner by user name
        em.createNativeQuery(
                        "UPDATE audit_entry SET old_value = REPLACE(old_value, ?1, ?2), new_value = REPLACE(new_value, ?1, ?2)"
                                + " WHERE old_value LIKE ?3 ESCAPE '\\' OR new_value LIKE ?3 ESCAPE '\\'")
                .setParameter(1, "owner " + username)
                .setParameter(2, "owner " + erasedUsername)
                .setParameter(
                        3,
                        "%owner "
                                + username.replace("\\", "\\\\")
                                        .replace("%", "\\%")
                                        .replace("_", "\\_") + "%")
                .executeUpdate();
        em.createNativeQuery(
                        "UPDATE audit_entry SET summary = ?1, summary_key = NULL, summary_args = NULL, old_value = NULL, new_value = NULL"
                                + " WHERE subject_type = 'Person' AND subject_id = ?2 AND action <> ?3")
                .setParameter(1, erasedName)
                .setParameter(2, id)
                .setParameter(3, AuditAction.PERSON_ERASED.code())
                .executeUpdate();
        // a task's assignee, a granted role's holder: values that are exactly their user name
        for (String column : List.of("old_value", "new_value")) {
            replace("audit_entry." + column, username, erasedUsername);
        }
        replaceInAudit(displayName, erasedName, null);
        em.createNativeQuery("UPDATE person SET username = ?1 WHERE id = ?2")
                .setParameter(1, erasedUsername)
                .setParameter(2, id)
                .executeUpdate();
        em.refresh(person);
        person.erase(today);
    }

    /**
     * Replaces a name wherever an audit entry's texts contain it (in one coalition, or everywhere for null). A
     * name, not a user name: user names are short words that other texts may contain.
     */
    private void replaceInAudit(String name, String replacement, Long coalitionId) {
        if (name == null || name.isBlank() || name.equals(replacement)) {
            return;
        }
        String like = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        var update = em.createNativeQuery("UPDATE audit_entry SET summary = REPLACE(summary, ?1, ?2),"
                        + " summary_args = REPLACE(summary_args, ?1, ?2),"
                        + " old_value = REPLACE(old_value, ?1, ?2), new_value = REPLACE(new_value, ?1, ?2)"
                        + " WHERE (summary LIKE ?3 ESCAPE '\\' OR summary_args LIKE ?3 ESCAPE '\\' OR old_value LIKE ?3 ESCAPE '\\'"
                        + " OR new_value LIKE ?3 ESCAPE '\\')"
                        + (coalitionId == null ? "" : " AND coalition_id = ?4"))
                .setParameter(1, name)
                .setParameter(2, replacement)
                .setParameter(3, like);
        if (coalitionId != null) {
            update.setParameter(4, coalitionId);
        }
        update.executeUpdate();
    }

    /** Replaces one value in a "table.column" (a fixed list above, never input). */
    private void replace(String tableColumn, String from, String to) {
        String[] tc = tableColumn.split("\\.");
        em.createNativeQuery("UPDATE " + tc[0] + " SET " + tc[1] + " = ?1 WHERE " + tc[1] + " = ?2")
                .setParameter(1, to)
                .setParameter(2, from)
                .executeUpdate();
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += PAGE) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + PAGE)));
        }
        return chunks;
    }

    /** Audits an export in every coalition concerned and in the privacy log. */
    private void recordEverywhere(Resolved who, AuditAction action, Said summary) {
        for (long coalitionId : coalitionsOf(who)) {
            audit.record(coalitionId, action, who.subjectType(), who.subjectId(), summary, null, null);
        }
        audit.recordOutsideCoalitions(action, who.subjectType(), who.subjectId(), summary);
    }
}
