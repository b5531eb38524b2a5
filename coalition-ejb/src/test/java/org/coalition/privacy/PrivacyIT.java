package org.coalition.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditEntry;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.commonground.CommonGroundService;
import org.coalition.commonground.SignOnStatus;
import org.coalition.engagement.Conversation;
import org.coalition.engagement.ConversationDraft;
import org.coalition.engagement.EngagementService;
import org.coalition.engagement.Motivation;
import org.coalition.engagement.MotivationCategory;
import org.coalition.engagement.MotivationDraft;
import org.coalition.milestone.MilestoneService;
import org.coalition.people.Person;
import org.coalition.platform.RuleViolationException;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.RegisterQuery;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StakeholderDetails;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.AsCarol;
import org.coalition.testsupport.AsDana;
import org.coalition.testsupport.AsFrank;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Privacy of notes about people: the retention job, export and erasure of one person's data (administrators
 * only), and the audit of who read whose private notes. Every test makes its own coalition and people, and
 * erases only people it made (the demo users serve the other tests).
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    RetentionService retention;

    @EJB
    PrivacyService privacy;

    @EJB
    CoalitionService coalitions;

    @EJB
    StakeholderService stakeholders;

    @EJB
    EngagementService engagement;

    @EJB
    CommonGroundService commonGround;

    @EJB
    MilestoneService milestones;

    @EJB
    AuditTrail audit;

    @EJB
    TestData data;

    @EJB
    AsBob bob;

    @EJB
    AsCarol carol;

    @EJB
    AsDana dana;

    @EJB
    AsFrank frank;

    private long coalition() {
        long c = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Privacy " + UUID.randomUUID().toString().substring(0, 8),
                        "Respect people",
                        LocalDate.now().plusMonths(2))))
                .getId();
        data.grant(c, "carol", CoalitionRole.OBSERVER);
        return c;
    }

    private static StakeholderDraft draft(String name, String notes, String ssoUsername) {
        StakeholderDraft draft = new StakeholderDraft();
        draft.setName(name);
        draft.setTitle("Head of " + name);
        draft.setLevel(Level.DIRECTOR);
        draft.setDepartment("Operations");
        draft.setInfluence(4);
        draft.setInterest(3);
        draft.setStance(Stance.NEUTRAL);
        draft.setNotes(notes);
        draft.setSsoUsername(ssoUsername);
        return draft;
    }

    private static ConversationDraft talk(LocalDate heldOn, String notes) {
        ConversationDraft conversation = new ConversationDraft();
        conversation.setHeldOn(heldOn);
        conversation.setQuestions(List.of("What keeps you up at night?"));
        conversation.setNotes(notes);
        conversation.setMotivations(List.of(
                new MotivationDraft(MotivationCategory.TEAM_MORALE, "Burn-out in " + notes, 3),
                new MotivationDraft(MotivationCategory.CUSTOMER_OUTCOMES, "Customers of " + notes, 2)));
        return conversation;
    }

    private Conversation conversationOn(StakeholderDetails details, LocalDate heldOn) {
        return details.conversations().stream()
                .filter(c -> c.getHeldOn().equals(heldOn))
                .findFirst()
                .orElseThrow();
    }

    // ---------------------------------------------------------------------------------------- retention

    @Test
    void should_redact_notes_past_the_retention_period_keep_recent_ones_and_the_facts_and_do_it_once() {
        int days = bob.call(() -> retention.retention()).days();
        long c = coalition();
        Stakeholder old = bob.call(() -> stakeholders.add(c, draft("Olga Old", "Olga distrusts finance", null)));
        Stakeholder recent = bob.call(() -> stakeholders.add(c, draft("Rita Recent", "Rita wants a pilot", null)));
        LocalDate tooOld = LocalDate.now().minusDays(days + 1L);
        LocalDate justKept = LocalDate.now().minusDays(days);
        bob.call(() -> engagement.log(old.getId(), talk(tooOld, "old talk")));
        bob.call(() -> engagement.log(old.getId(), talk(justKept, "kept talk")));
        bob.call(() -> engagement.log(recent.getId(), talk(LocalDate.now().minusDays(3), "recent talk")));
        assertEquals(
                1,
                data.update(
                        "UPDATE Stakeholder s SET s.notesWrittenOn = :d WHERE s.id = :id",
                        Map.of("d", tooOld, "id", old.getId())));
        assertEquals(
                1,
                data.update(
                        "UPDATE Stakeholder s SET s.notesWrittenOn = :d WHERE s.id = :id",
                        Map.of("d", justKept, "id", recent.getId())));
        StakeholderDetails before = bob.call(() -> stakeholders.open(old.getId()));

        assertThrows(
                EJBAccessException.class, () -> bob.call(() -> retention.redactExpiredNotes()), "administrators only");
        RetentionService.Outcome first = dana.call(() -> retention.redactExpiredNotes());
        assertTrue(first.conversations() >= 1 && first.stakeholderNotes() >= 1, first.toString());

        StakeholderDetails after = bob.call(() -> stakeholders.open(old.getId()));
        assertNull(after.notes(), "private notes past the period are gone");
        assertEquals(LocalDate.now(), after.stakeholder().getNotesRedactedOn());
        Conversation redacted = conversationOn(after, tooOld);
        assertTrue(redacted.isRedacted());
        assertEquals(LocalDate.now(), redacted.getRedactedOn());
        assertNull(redacted.getNotes());
        assertTrue(redacted.questionList().isEmpty());
        assertEquals("bob", redacted.getHeldBy().getUsername(), "who held it stays");
        assertEquals(
                Set.of(MotivationCategory.TEAM_MORALE, MotivationCategory.CUSTOMER_OUTCOMES),
                redacted.getMotivations().stream()
                        .map(Motivation::getCategory)
                        .collect(java.util.stream.Collectors.toSet()),
                "the categories stay");
        assertTrue(redacted.getMotivations().stream()
                .allMatch(m -> m.getDescription().equals(Redaction.MARKER)));
        assertEquals(
                List.of(3, 2),
                redacted.getMotivations().stream().map(Motivation::getStrength).toList(),
                "and the strengths");

        Conversation kept = conversationOn(after, justKept);
        assertFalse(kept.isRedacted(), "exactly as old as the period: kept");
        assertEquals("kept talk", kept.getNotes());
        assertEquals(before.motivationProfile(), after.motivationProfile(), "the motivation profile adds up as before");
        assertEquals(
                before.stakeholder().getLastConversationOn(),
                after.stakeholder().getLastConversationOn());
        assertEquals(before.verified(), after.verified());

        StakeholderDetails rita = bob.call(() -> stakeholders.open(recent.getId()));
        assertEquals("Rita wants a pilot", rita.notes(), "notes exactly as old as the period are kept");
        assertEquals("recent talk", rita.conversations().get(0).getNotes());

        RetentionService.Outcome second = dana.call(() -> retention.redactExpiredNotes());
        assertEquals(new RetentionService.Outcome(0, 0), second, "nothing is left to redact");
        assertEquals(
                redacted.getVersion(),
                conversationOn(bob.call(() -> stakeholders.open(old.getId())), tooOld)
                        .getVersion(),
                "a second run changes nothing");
    }

    private List<AuditEntry> redactionsIn(long coalitionId) {
        return dana.call(() -> audit.list(coalitionId, 0, 50)).stream()
                .filter(e -> e.getAuditAction() == AuditAction.NOTES_REDACTED)
                .toList();
    }

    @Test
    void should_audit_each_run_that_redacts_in_each_coalition_with_its_counts() {
        int days = bob.call(() -> retention.retention()).days();
        LocalDate tooOld = LocalDate.now().minusDays(days + 1L);
        long first = coalition();
        Stakeholder anna = bob.call(() -> stakeholders.add(first, draft("Anna Archive", null, null)));
        bob.call(() -> engagement.log(anna.getId(), talk(tooOld, "first talk")));
        bob.call(() -> engagement.log(anna.getId(), talk(tooOld.minusDays(30), "second talk")));
        long second = coalition();
        Stakeholder ben = bob.call(() -> stakeholders.add(second, draft("Ben Bygone", "Ben fears layoffs", null)));
        bob.call(() -> engagement.log(ben.getId(), talk(tooOld, "third talk")));
        assertEquals(
                1,
                data.update(
                        "UPDATE Stakeholder s SET s.notesWrittenOn = :d WHERE s.id = :id",
                        Map.of("d", tooOld, "id", ben.getId())));
        long untouched = coalition();
        Stakeholder cleo =
                bob.call(() -> stakeholders.add(untouched, draft("Cleo Current", "Cleo likes the idea", null)));
        bob.call(() -> engagement.log(cleo.getId(), talk(LocalDate.now().minusDays(2), "recent talk")));

        dana.call(() -> retention.redactExpiredNotes());
        List<AuditEntry> inFirst = redactionsIn(first);
        assertEquals(1, inFirst.size(), "one entry per coalition and run: " + inFirst);
        assertEquals("dana", inFirst.get(0).getActor(), "the administrator who ran it");
        assertEquals(
                "one-on-ones=2, stakeholder-notes=0, retention-days=" + days + ", before="
                        + LocalDate.now().minusDays(days),
                inFirst.get(0).getNewValue());
        assertEquals("Coalition", inFirst.get(0).getSubjectType());
        assertEquals(first, inFirst.get(0).getSubjectId());
        assertTrue(
                inFirst.get(0).getSummary().contains("2 one-on-ones"),
                inFirst.get(0).getSummary());
        assertFalse(inFirst.get(0).getSummary().contains("talk"), "the entry repeats nothing that was redacted");
        List<AuditEntry> inSecond = redactionsIn(second);
        assertEquals(1, inSecond.size(), inSecond.toString());
        assertTrue(
                inSecond.get(0).getNewValue().startsWith("one-on-ones=1, stakeholder-notes=1, "),
                inSecond.get(0).getNewValue());
        assertFalse(inSecond.get(0).getSummary().contains("layoffs"));
        assertEquals(List.of(), redactionsIn(untouched), "nothing redacted, nothing recorded");

        // the daily run: nothing is left here, so nothing more is recorded; what expires later is, by the job
        retention.redactScheduled();
        assertEquals(1, redactionsIn(first).size(), "a run that redacts nothing records nothing");
        bob.call(() -> engagement.log(anna.getId(), talk(tooOld.minusDays(1), "late entry")));
        RetentionService.Outcome scheduled = retention.redactScheduled();
        assertTrue(scheduled.conversations() >= 1, scheduled.toString());
        List<AuditEntry> now = redactionsIn(first);
        assertEquals(2, now.size(), now.toString());
        assertEquals(RetentionService.JOB, now.get(0).getActor(), "the latest entry names the job");
        assertTrue(
                now.get(0).getNewValue().startsWith("one-on-ones=1, stakeholder-notes=0, "),
                now.get(0).getNewValue());
        assertEquals(List.of(), redactionsIn(untouched));
    }

    @Test
    void should_count_notes_as_written_when_they_change() {
        long c = coalition();
        Stakeholder s = bob.call(() -> stakeholders.add(c, draft("Nora Notes", "First impression", null)));
        assertEquals(LocalDate.now(), s.getNotesWrittenOn());
        assertEquals(
                1,
                data.update(
                        "UPDATE Stakeholder s SET s.notesWrittenOn = :d WHERE s.id = :id",
                        Map.of("d", LocalDate.now().minusDays(100), "id", s.getId())));
        StakeholderDraft same = draft("Nora Notes", "First impression", null);
        same.setInfluence(5);
        long version =
                bob.call(() -> stakeholders.open(s.getId())).stakeholder().getVersion();
        Stakeholder unchangedNotes = bob.call(() -> stakeholders.update(s.getId(), version, same));
        assertEquals(
                LocalDate.now().minusDays(100),
                unchangedNotes.getNotesWrittenOn(),
                "other changes do not renew the notes");
        Stakeholder rewritten = bob.call(() -> stakeholders.update(
                s.getId(), unchangedNotes.getVersion(), draft("Nora Notes", "Second impression", null)));
        assertEquals(LocalDate.now(), rewritten.getNotesWrittenOn());
    }

    // ---------------------------------------------------------------------------------------- export and erasure

    /** Someone who signs in (never one of the demo users) and is a member here, and a stakeholder here too. */
    private record Subject(
            long coalitionId,
            String username,
            Person person,
            Stakeholder asStakeholder,
            Stakeholder other,
            long taskId) {}

    private Subject subject() {
        long c = coalition();
        String username = "pat-" + UUID.randomUUID().toString().substring(0, 8);
        Person pat = data.person(username, "Legal", false);
        data.grant(c, username, CoalitionRole.MEMBER);
        StakeholderDraft patDraft = draft("Pat Private " + username, "Pat fears the audit", username);
        patDraft.setRelationshipOwner(username);
        Stakeholder asStakeholder = bob.call(() -> stakeholders.add(c, patDraft));
        Stakeholder other = bob.call(() -> stakeholders.add(c, draft("Quinn Other", "Quinn loves pilots", null)));
        bob.call(() -> engagement.log(
                asStakeholder.getId(), talk(LocalDate.now().minusDays(2), "Pat said the budget is tight")));
        bob.call(() -> engagement.log(other.getId(), talk(LocalDate.now().minusDays(2), "Quinn said yes")));
        bob.call(() -> commonGround.frame(
                asStakeholder.getId(), "Less risk for Pat's team", Set.of(), SignOnStatus.NOT_ASKED));
        long task = bob.call(() -> milestones.addTask(
                        c,
                        null,
                        "Draft the consent form",
                        username,
                        LocalDate.now().plusDays(5)))
                .getId();
        bob.call(() -> engagement.planOneOnOne(asStakeholder.getId()));
        return new Subject(c, username, pat, asStakeholder, other, task);
    }

    private JsonObject export(DataSubject subject) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dana.run(() -> privacy.export(subject, out));
        try (var reader = Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    @Test
    void should_export_everything_recorded_about_a_person_to_administrators_only() {
        Subject s = subject();
        assertThrows(
                EJBAccessException.class,
                () -> bob.run(() -> privacy.export(DataSubject.person(s.username()), new ByteArrayOutputStream())));
        assertThrows(
                EJBAccessException.class,
                () -> frank.run(() -> privacy.export(DataSubject.person(s.username()), new ByteArrayOutputStream())),
                "department administrators may not read notes, so they may not export them");

        JsonObject json = export(DataSubject.person(s.username()));
        assertEquals(s.username(), json.getJsonObject("person").getString("username"));
        assertEquals("Legal", json.getJsonObject("person").getString("department"));
        assertEquals(1, json.getJsonArray("stakeholderRecords").size());
        JsonObject record = json.getJsonArray("stakeholderRecords").getJsonObject(0);
        assertEquals("Pat fears the audit", record.getString("notes"));
        assertEquals(s.coalitionId(), record.getJsonNumber("coalitionId").longValue());
        JsonObject conversation = record.getJsonArray("conversations").getJsonObject(0);
        assertEquals("Pat said the budget is tight", conversation.getString("notes"));
        assertEquals(2, conversation.getJsonArray("motivations").size());
        assertEquals("Less risk for Pat's team", record.getJsonObject("framing").getString("text"));
        assertEquals(1, record.getJsonArray("stanceHistory").size());
        assertEquals(1, record.getJsonArray("tasksAbout").size(), "the one-on-one planned with them");
        assertEquals(1, json.getJsonArray("memberships").size());
        assertEquals("MEMBER", json.getJsonArray("memberships").getJsonObject(0).getString("role"));
        List<String> tasks = json.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("title"))
                .toList();
        assertTrue(tasks.contains("Draft the consent form"), tasks.toString());
        List<String> actions = json.getJsonArray("auditEntries").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("action"))
                .toList();
        assertTrue(actions.contains("stakeholder.added"), actions.toString());
        assertFalse(json.toString().contains("Quinn"), "nothing about anyone else");

        JsonObject byRecord = export(DataSubject.stakeholder(s.other().getId()));
        assertEquals(JsonValue.NULL, byRecord.get("person"));
        assertEquals(
                "Quinn loves pilots",
                byRecord.getJsonArray("stakeholderRecords").getJsonObject(0).getString("notes"));

        List<AuditEntry> trail = dana.call(() -> audit.list(s.coalitionId(), 0, 100));
        assertTrue(
                trail.stream()
                        .anyMatch(a -> a.getAuditAction() == AuditAction.PERSONAL_DATA_EXPORTED
                                && "dana".equals(a.getActor())),
                "the coalition's sponsors see that its data about someone left");
        assertTrue(dana.call(() -> audit.listOutsideCoalitions(0, 20)).stream()
                .anyMatch(a -> a.getAuditAction() == AuditAction.PERSONAL_DATA_EXPORTED
                        && s.person().getId().equals(a.getSubjectId())));
    }

    @Test
    void should_erase_a_person_keep_the_history_consistent_and_touch_nobody_else() {
        Subject s = subject();
        long stakeholdersBefore = bob.call(() -> stakeholders.count(s.coalitionId(), RegisterQuery.firstPage(50)));
        var profileBefore =
                bob.call(() -> stakeholders.open(s.asStakeholder().getId())).motivationProfile();
        assertThrows(EJBAccessException.class, () -> bob.call(() -> privacy.erase(DataSubject.person(s.username()))));
        assertThrows(EJBAccessException.class, () -> frank.call(() -> privacy.erase(DataSubject.person(s.username()))));

        Erasure erasure = dana.call(() -> privacy.erase(DataSubject.person(s.username())));
        assertEquals(new Erasure(1, 1, 1, true), erasure);

        StakeholderDetails erased =
                bob.call(() -> stakeholders.open(s.asStakeholder().getId()));
        Stakeholder record = erased.stakeholder();
        assertEquals(Redaction.erasedName(record.getId()), record.getName());
        assertTrue(record.isErased());
        assertNull(record.getTitle());
        assertNull(erased.notes());
        assertNull(record.getSsoUsername());
        assertEquals(4, record.getInfluence(), "what the map and counts need stays");
        assertEquals(Stance.NEUTRAL, record.getStance());
        assertEquals(profileBefore, erased.motivationProfile());
        Conversation talk = erased.conversations().get(0);
        assertTrue(talk.isRedacted());
        assertNull(talk.getNotes());
        assertTrue(
                talk.getMotivations().stream().noneMatch(m -> m.getDescription().contains("Pat")));
        assertTrue(erased.stanceHistory().stream()
                .noneMatch(h -> h.getReason() != null && h.getReason().contains("Pat")));
        assertEquals(
                Redaction.MARKER,
                bob.call(() -> commonGround.framingOf(s.asStakeholder().getId()))
                        .orElseThrow()
                        .getText());
        assertEquals(
                stakeholdersBefore, bob.call(() -> stakeholders.count(s.coalitionId(), RegisterQuery.firstPage(50))));

        // the person record stays, as what memberships, tasks and ownership point at, without anything identifying
        Person person = bob.call(() -> milestones.task(s.taskId())).getAssignee();
        assertEquals(s.person().getId(), person.getId());
        assertEquals(Redaction.erasedName(person.getId()), person.getDisplayName());
        assertEquals(Redaction.erasedUsername(person.getId()), person.getUsername());
        assertNull(person.getEmail());
        assertNull(person.getDepartment());
        assertEquals(person.getId(), record.getRelationshipOwner().getId());
        assertTrue(
                bob.call(() -> milestones.tasks(s.coalitionId(), 0, 50)).stream()
                        .noneMatch(t -> t.getTitle().contains(s.username())),
                "the one-on-one task no longer names them");

        // nobody else is touched
        StakeholderDetails quinn = bob.call(() -> stakeholders.open(s.other().getId()));
        assertEquals("Quinn Other", quinn.stakeholder().getName());
        assertEquals("Quinn loves pilots", quinn.notes());
        assertEquals("Quinn said yes", quinn.conversations().get(0).getNotes());
        assertEquals("bob", quinn.conversations().get(0).getHeldBy().getUsername());

        // the audit trail records the erasure and no longer names them
        List<AuditEntry> trail = dana.call(() -> audit.list(s.coalitionId(), 0, 200));
        assertTrue(trail.stream()
                .anyMatch(a -> a.getAuditAction() == AuditAction.PERSON_ERASED && "dana".equals(a.getActor())));
        assertTrue(
                trail.stream()
                        .noneMatch(a -> String.valueOf(a.getSummary()).contains(s.username())
                                || String.valueOf(a.getSummaryArgs()).contains(s.username())
                                || String.valueOf(a.getOldValue()).contains(s.username())
                                || String.valueOf(a.getNewValue()).contains(s.username())),
                "no entry names them any more, nor keeps their name among the values of its summary");
        assertTrue(
                trail.stream()
                        .anyMatch(a -> "said.audit.conversationLogged".equals(a.getSummaryKey())
                                && String.valueOf(a.getSummaryArgs())
                                        .contains(Redaction.erasedName(
                                                s.asStakeholder().getId()))),
                "the one-on-one's entry is still worded by the reader's language, about the erased stakeholder");
        assertTrue(
                trail.stream().anyMatch(a -> "Quinn Other".equals(a.getSummary())),
                "entries about others keep their names");
        assertTrue(dana.call(() -> audit.listOutsideCoalitions(0, 20)).stream()
                .anyMatch(a -> a.getAuditAction() == AuditAction.PERSON_ERASED
                        && person.getId().equals(a.getSubjectId())));

        assertEquals(
                new Erasure(0, 0, 1, true),
                dana.call(() -> privacy.erase(DataSubject.person(person.getUsername()))),
                "erasing again changes nothing more");
    }

    @Test
    void should_erase_a_stakeholder_without_a_sign_in_and_refuse_to_erase_oneself() {
        Subject s = subject();
        Erasure erasure =
                dana.call(() -> privacy.erase(DataSubject.stakeholder(s.other().getId())));
        assertEquals(new Erasure(1, 1, 1, false), erasure);
        StakeholderDetails other = bob.call(() -> stakeholders.open(s.other().getId()));
        assertTrue(other.stakeholder().isErased());
        assertNull(other.notes());
        assertEquals(
                "Pat fears the audit",
                bob.call(() -> stakeholders.open(s.asStakeholder().getId())).notes(),
                "Pat is untouched");
        assertEquals(s.username(), dana.call(() -> privacy.describe(DataSubject.person(s.username()))));

        data.person("dana");
        assertThrows(RuleViolationException.class, () -> dana.call(() -> privacy.erase(DataSubject.person("dana"))));
    }

    // ---------------------------------------------------------------------------------------- read audit

    @Test
    void should_audit_who_read_private_notes_once_a_day_and_not_for_observers() {
        long c = coalition();
        Stakeholder withNotes = bob.call(() -> stakeholders.add(c, draft("Vera Visible", "Vera doubts us", null)));
        Stakeholder without = bob.call(() -> stakeholders.add(c, draft("Nils Nothing", null, null)));
        bob.call(() -> stakeholders.open(withNotes.getId(), 10, 10));
        bob.call(() -> stakeholders.open(withNotes.getId(), 10, 10));
        bob.call(() -> stakeholders.open(without.getId(), 10, 10));
        carol.call(() -> stakeholders.open(withNotes.getId(), 10, 10));

        List<AuditEntry> reads = dana.call(() -> audit.list(c, 0, 100)).stream()
                .filter(a -> a.getAction().equals(AuditAction.NOTES_READ.code()))
                .toList();
        assertEquals(
                1,
                reads.size(),
                "one entry per reader, stakeholder and day: "
                        + reads.stream().map(AuditEntry::getSummary).toList());
        AuditEntry read = reads.get(0);
        assertEquals("bob", read.getActor());
        assertEquals(withNotes.getId(), read.getSubjectId());
        assertEquals("Vera Visible", read.getSummary());

        // the next day counts again
        assertEquals(
                1,
                data.update(
                        "UPDATE AuditEntry a SET a.at = :t WHERE a.id = :id",
                        Map.of("t", java.time.Instant.now().minus(java.time.Duration.ofDays(1)), "id", read.getId())));
        bob.call(() -> stakeholders.open(withNotes.getId(), 10, 10));
        assertEquals(
                2,
                dana.call(() -> audit.list(c, 0, 100)).stream()
                        .filter(a -> a.getAction().equals(AuditAction.NOTES_READ.code()))
                        .count());
    }
}
