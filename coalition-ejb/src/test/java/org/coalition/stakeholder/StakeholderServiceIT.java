package org.coalition.stakeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coalition.access.AccessDeniedException;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.commonground.CommonGroundService;
import org.coalition.commonground.SignOnStatus;
import org.coalition.engagement.ConversationDraft;
import org.coalition.engagement.EngagementService;
import org.coalition.engagement.MotivationCategory;
import org.coalition.engagement.MotivationDraft;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.RuleViolationException;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.AsCarol;
import org.coalition.testsupport.AsErin;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.SqlCounter;
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class StakeholderServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    CoalitionService coalitions;

    @EJB
    StakeholderService stakeholders;

    @EJB
    EngagementService engagement;

    @EJB
    CommonGroundService commonGround;

    @EJB
    TestData data;

    @EJB
    SqlCounter sql;

    @EJB
    AsBob bob;

    @EJB
    AsCarol carol;

    @EJB
    AsErin erin;

    @EJB
    org.coalition.testsupport.AsAlice alice;

    @EJB
    org.coalition.audit.AuditTrail audit;

    /** A coalition of bob's where carol observes and erin is not involved. */
    private long coalition() {
        Coalition coalition = bob.call(() -> coalitions.propose(new CoalitionDraft(
                "Flexible hours " + UUID.randomUUID().toString().substring(0, 8),
                "Core hours per team",
                LocalDate.now().plusMonths(2))));
        data.grant(coalition.getId(), "carol", CoalitionRole.OBSERVER);
        return coalition.getId();
    }

    private static StakeholderDraft draft(String name, String department, int influence, int interest, Stance stance) {
        StakeholderDraft draft = new StakeholderDraft();
        draft.setName(name);
        draft.setTitle("Manager");
        draft.setLevel(Level.MANAGER);
        draft.setDepartment(department);
        draft.setInfluence(influence);
        draft.setInterest(interest);
        draft.setResources(EnumSet.of(Resource.BUDGET, Resource.PEOPLE));
        draft.setStance(stance);
        draft.setRelationshipOwner("bob");
        draft.setNotes("Private: prefers mornings");
        return draft;
    }

    private static ConversationDraft conversationWithTwoMotivations() {
        ConversationDraft conversation = new ConversationDraft();
        conversation.setQuestions(List.of("What challenges is your team facing?"));
        conversation.setNotes("Worried about on-call coverage");
        conversation.setMotivations(List.of(
                new MotivationDraft(MotivationCategory.TEAM_MORALE, "Team asked for flexibility", 3),
                new MotivationDraft(MotivationCategory.CUSTOMER_OUTCOMES, "Coverage for customers", 2)));
        return conversation;
    }

    @Test
    void should_verify_a_stance_once_a_conversation_backs_it_and_record_the_motivations() {
        long c = coalition();
        Stakeholder tom =
                bob.call(() -> stakeholders.add(c, draft("Tom Becker", "Engineering", 4, 5, Stance.SUPPORTER)));
        assertFalse(bob.call(() -> stakeholders.open(tom.getId())).verified(), "assumed until someone talks to him");

        bob.call(() -> engagement.log(tom.getId(), conversationWithTwoMotivations()));

        StakeholderDetails details = bob.call(() -> stakeholders.open(tom.getId()));
        assertTrue(details.verified());
        assertEquals(2, details.motivationProfile().size());
        assertEquals(
                MotivationCategory.TEAM_MORALE,
                details.motivationProfile().get(0).category());
        assertEquals("Private: prefers mornings", details.notes());
        assertEquals(1, details.conversations().size());
        StakeholderRow row = bob.call(() -> stakeholders.register(c, RegisterQuery.firstPage(20)))
                .get(0);
        assertTrue(row.verified());
        assertEquals(Quadrant.MANAGE_CLOSELY, row.quadrant());
        assertEquals(Set.of(Resource.BUDGET, Resource.PEOPLE), row.resources());
        assertEquals("bob", row.ownerName(), "the owner as the app knows them (no sign-in in this test)");

        long motivationId =
                details.conversations().get(0).getMotivations().get(0).getId();
        bob.call(() -> commonGround.frame(
                tom.getId(), "Core hours protect your team's focus", Set.of(motivationId), SignOnStatus.CONSIDERING));
        bob.call(() -> commonGround.frame(
                tom.getId(), "Core hours protect focus time", Set.of(motivationId), SignOnStatus.SIGNED_ON));
        var framings = bob.call(() -> commonGround.framings(c, 0, 25));
        assertEquals(1, framings.size(), "one framing per stakeholder, rewritten in place");
        assertEquals(SignOnStatus.SIGNED_ON, framings.get(0).getSignOn());
        assertEquals(1, framings.get(0).getMotivations().size());
        assertEquals(
                MotivationCategory.TEAM_MORALE,
                bob.call(() -> commonGround.overlap(c)).get(0).category());
    }

    @Test
    void should_record_every_stance_change_with_who_when_and_why() {
        long c = coalition();
        Stakeholder priya = bob.call(() -> stakeholders.add(c, draft("Priya N", "Sales", 5, 3, Stance.NEUTRAL)));
        StakeholderDraft skeptic = draft("Priya N", "Sales", 5, 3, Stance.SKEPTIC);

        assertThrows(
                RuleViolationException.class,
                () -> bob.call(() -> stakeholders.update(priya.getId(), priya.getVersion(), skeptic)),
                "a stance change needs a reason");
        skeptic.setStanceReason("Worried customers cannot reach account managers");
        bob.call(() -> stakeholders.update(priya.getId(), priya.getVersion(), skeptic));

        List<StanceChange> history =
                bob.call(() -> stakeholders.open(priya.getId())).stanceHistory();
        assertEquals(2, history.size());
        assertEquals(Stance.SKEPTIC, history.get(0).getTo());
        assertEquals(Stance.NEUTRAL, history.get(0).getFrom());
        assertEquals(
                "Worried customers cannot reach account managers",
                history.get(0).getReason());
        assertNull(history.get(1).getFrom());
    }

    @Test
    void should_show_observers_the_map_but_never_notes_or_motivations() {
        long c = coalition();
        Stakeholder tom = bob.call(() -> stakeholders.add(c, draft("Tom", "Engineering", 4, 5, Stance.SUPPORTER)));
        bob.call(() -> engagement.log(tom.getId(), conversationWithTwoMotivations()));

        assertEquals(1, carol.call(() -> stakeholders.map(c, null)).total());
        StakeholderDetails seenByCarol = carol.call(() -> stakeholders.open(tom.getId()));
        assertNull(seenByCarol.notes());
        assertTrue(seenByCarol.conversations().isEmpty());
        assertTrue(seenByCarol.motivationProfile().isEmpty());
        assertThrows(AccessDeniedException.class, () -> carol.call(() -> commonGround.overlap(c)));
        assertThrows(AccessDeniedException.class, () -> carol.call(() -> commonGround.framings(c, 0, 25)));
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> engagement.log(tom.getId(), conversationWithTwoMotivations())));
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> stakeholders.add(c, draft("X", "Sales", 1, 1, Stance.NEUTRAL))));
    }

    @Test
    void should_refuse_everything_to_someone_outside_the_coalition() {
        long c = coalition();
        Stakeholder tom = bob.call(() -> stakeholders.add(c, draft("Tom", "Engineering", 4, 5, Stance.SUPPORTER)));

        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> stakeholders.register(c, RegisterQuery.firstPage(10))));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> stakeholders.map(c, null)));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> stakeholders.open(tom.getId())));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> commonGround.purposeHistory(c, 0, 10)));
        assertThrows(
                AccessDeniedException.class, () -> erin.call(() -> commonGround.revisePurpose(c, 0, "Taken over")));
        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> commonGround.frame(tom.getId(), "x", Set.of(), SignOnStatus.NOT_ASKED)));
    }

    @Test
    void should_refuse_the_second_of_two_concurrent_edits() {
        long c = coalition();
        Stakeholder tom = bob.call(() -> stakeholders.add(c, draft("Tom", "Engineering", 4, 5, Stance.SUPPORTER)));
        long loaded = tom.getVersion();

        bob.call(() ->
                stakeholders.update(tom.getId(), loaded, draft("Tom Becker", "Engineering", 4, 5, Stance.SUPPORTER)));
        var conflict = assertThrows(
                ConcurrentEditException.class,
                () -> bob.call(() -> stakeholders.update(
                        tom.getId(), loaded, draft("Thomas", "Engineering", 4, 5, Stance.SUPPORTER))));
        assertTrue(conflict.getMessage().contains("changed by someone else"));
        assertEquals(
                "Tom Becker",
                bob.call(() -> stakeholders.open(tom.getId())).stakeholder().getName());

        bob.call(() -> commonGround.revisePurpose(c, 0, "First purpose"));
        assertThrows(
                ConcurrentEditException.class, () -> bob.call(() -> commonGround.revisePurpose(c, 0, "Lost update")));
    }

    @Test
    void should_filter_sort_and_page_the_register() {
        long c = coalition();
        bob.run(() -> {
            stakeholders.add(c, draft("Anna", "Sales", 2, 2, Stance.NEUTRAL));
            stakeholders.add(c, draft("Bert", "Engineering", 5, 5, Stance.CHAMPION));
            stakeholders.add(c, draft("Cleo", "Sales", 3, 4, Stance.SKEPTIC));
        });
        assertEquals(List.of("Anna", "Cleo"), names(c, new RegisterQuery(0, 10, "name", true, "Sales", null, null)));
        assertEquals(
                List.of("Bert", "Cleo", "Anna"),
                names(c, new RegisterQuery(0, 10, "influence", false, null, null, null)));
        assertEquals(List.of("Cleo"), names(c, new RegisterQuery(0, 10, "name", true, null, Stance.SKEPTIC, null)));
        assertEquals(List.of("Bert"), names(c, new RegisterQuery(0, 10, "name", true, null, null, "ER")));
        assertEquals(List.of("Bert"), names(c, new RegisterQuery(1, 1, "name", true, null, null, null)));
        assertEquals(
                2L, bob.call(() -> stakeholders.count(c, new RegisterQuery(0, 10, "name", true, "Sales", null, null))));
        assertEquals(List.of("Engineering", "Sales"), bob.call(() -> stakeholders.departments(c)));
        assertTrue(
                names(c, new RegisterQuery(0, 10, "name", true, null, null, "100%_"))
                        .isEmpty(),
                "wildcards are literal");

        // what was read above is kept for everyone who may see the coalition (FactsCache): a change shows at once
        RegisterQuery all = new RegisterQuery(0, 10, "name", true, null, null, null);
        assertEquals(List.of("Anna", "Bert", "Cleo"), names(c, all));
        assertEquals(3L, bob.call(() -> stakeholders.count(c, all)));
        long onTheMap = bob.call(() -> stakeholders.map(c, null)).total();
        bob.run(() -> stakeholders.add(c, draft("Dora", "Legal", 4, 4, Stance.SUPPORTER)));
        assertEquals(List.of("Anna", "Bert", "Cleo", "Dora"), names(c, all));
        assertEquals(4L, bob.call(() -> stakeholders.count(c, all)));
        assertEquals(List.of("Engineering", "Legal", "Sales"), bob.call(() -> stakeholders.departments(c)));
        assertEquals(onTheMap + 1, bob.call(() -> stakeholders.map(c, null)).total());
    }

    @Test
    void should_audit_every_change_without_leaking_private_notes() {
        long c = coalition();
        data.grant(c, "alice", CoalitionRole.SPONSOR);
        Stakeholder tom = bob.call(() -> stakeholders.add(c, draft("Tom", "Engineering", 4, 5, Stance.SUPPORTER)));
        bob.call(() -> stakeholders.update(
                tom.getId(), tom.getVersion(), draft("Tom B", "Engineering", 4, 5, Stance.SUPPORTER)));
        bob.call(() -> engagement.log(tom.getId(), conversationWithTwoMotivations()));
        bob.call(() -> commonGround.revisePurpose(c, 0, "Core hours for all"));

        var entries = alice.call(() -> audit.list(c, 0, 100));
        var actions =
                entries.stream().map(org.coalition.audit.AuditEntry::getAction).toList();
        assertTrue(
                actions.containsAll(List.of(
                        "coalition.proposed",
                        "stakeholder.added",
                        "stakeholder.updated",
                        "conversation.logged",
                        "purpose.revised")),
                actions.toString());
        var update = entries.stream()
                .filter(e -> e.getAction().equals("stakeholder.updated"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                update.getOldValue().startsWith("Tom |") && update.getNewValue().startsWith("Tom B |"),
                update.getNewValue());
        assertTrue(
                entries.stream()
                        .noneMatch(e -> String.valueOf(e.getNewValue()).contains("prefers mornings")
                                || String.valueOf(e.getSummary()).contains("on-call coverage")),
                "no private notes in the audit trail");
    }

    private List<String> names(long c, RegisterQuery query) {
        return bob.call(() -> stakeholders.register(c, query)).stream()
                .map(StakeholderRow::name)
                .toList();
    }

    @Test
    void should_read_the_register_and_the_map_with_the_same_number_of_statements_whatever_the_size() {
        long small = coalition();
        long large = coalition();
        bob.run(() -> {
            for (int i = 0; i < 3; i++) {
                stakeholders.add(small, draft("Small " + i, "Sales", 1 + i % 5, 2, Stance.NEUTRAL));
            }
            for (int i = 0; i < 30; i++) {
                stakeholders.add(
                        large,
                        draft("Large " + i, i % 2 == 0 ? "Sales" : "HR", 1 + i % 5, 1 + i % 4, Stance.SUPPORTER));
            }
        });
        int registerSmall =
                bob.call(() -> sql.statementsOf(() -> stakeholders.register(small, RegisterQuery.firstPage(50))));
        int registerLarge =
                bob.call(() -> sql.statementsOf(() -> stakeholders.register(large, RegisterQuery.firstPage(50))));
        int mapSmall = bob.call(() -> sql.statementsOf(() -> stakeholders.map(small, null)));
        int mapLarge = bob.call(() -> sql.statementsOf(() -> stakeholders.map(large, null)));

        assertEquals(registerSmall, registerLarge, "register: statements must not grow with stakeholders");
        assertEquals(mapSmall, mapLarge, "map: statements must not grow with stakeholders");
        assertTrue(registerLarge <= 4, "register page: " + registerLarge + " statements");
        assertTrue(mapLarge <= 5, "map: " + mapLarge + " statements");
    }

    @Test
    void should_draw_a_bounded_number_of_dots_per_cell_and_count_the_rest() {
        long c = coalition();
        bob.run(() -> {
            for (int i = 0; i < 20; i++) { // one crowded cell: influence 5, interest 5
                stakeholders.add(
                        c, draft(String.format("Crowd %02d", i), i < 15 ? "Sales" : "HR", 5, 5, Stance.SUPPORTER));
            }
            stakeholders.add(c, draft("Alone", "HR", 1, 1, Stance.SKEPTIC));
        });

        StakeholderMap map = bob.call(() -> stakeholders.map(c, null));
        assertEquals(21, map.total());
        assertEquals(StakeholderMap.DOTS_PER_CELL + 1, map.shown().size(), "8 of the crowded cell, and the one alone");
        assertEquals(
                List.of(
                        "Alone",
                        "Crowd 00",
                        "Crowd 01",
                        "Crowd 02",
                        "Crowd 03",
                        "Crowd 04",
                        "Crowd 05",
                        "Crowd 06",
                        "Crowd 07"),
                map.shown().stream().map(StakeholderRow::name).toList(),
                "the first of each cell by name");
        StakeholderMap.Cell crowded = map.cells().stream()
                .filter(cell -> cell.influence() == 5 && cell.interest() == 5)
                .findFirst()
                .orElseThrow();
        assertEquals(20, crowded.count());
        assertEquals(12, crowded.hidden());

        StakeholderMap hr = bob.call(() -> stakeholders.map(c, "HR"));
        assertEquals(6, hr.total());
        assertEquals(
                List.of("Alone", "Crowd 15", "Crowd 16", "Crowd 17", "Crowd 18", "Crowd 19"),
                hr.shown().stream().map(StakeholderRow::name).toList());
        assertEquals(
                0, hr.cells().stream().mapToLong(StakeholderMap.Cell::hidden).sum());
    }

    @Test
    void should_show_the_newest_stance_changes_and_conversations_a_bounded_number_at_a_time() {
        long c = coalition();
        Stakeholder lena = bob.call(() -> stakeholders.add(c, draft("Lena", "Finance", 3, 3, Stance.NEUTRAL)));
        long[] version = {lena.getVersion()};
        for (int i = 1; i <= 14; i++) {
            StakeholderDraft change = draft("Lena", "Finance", 3, 3, i % 2 == 1 ? Stance.SUPPORTER : Stance.NEUTRAL);
            change.setStanceReason("Change " + i);
            version[0] = bob.call(() -> stakeholders.update(lena.getId(), version[0], change))
                    .getVersion();
        }
        for (int i = 1; i <= 12; i++) {
            ConversationDraft talk = conversationWithTwoMotivations();
            talk.setHeldOn(LocalDate.now().minusDays(30 - i));
            talk.setNotes("Talk " + i);
            bob.call(() -> engagement.log(lena.getId(), talk));
        }

        StakeholderDetails first = bob.call(() -> stakeholders.open(lena.getId(), 10, 10));
        assertEquals(10, first.stanceHistory().size());
        assertTrue(first.moreStanceHistory());
        assertEquals("Change 14", first.stanceHistory().get(0).getReason(), "newest first");
        assertEquals(10, first.conversations().size());
        assertTrue(first.moreConversations());
        assertEquals("Talk 12", first.conversations().get(0).getNotes(), "newest first");
        assertEquals(2, first.conversations().get(9).getMotivations().size(), "each with its motivations");
        assertEquals(2, first.motivationProfile().size(), "the profile counts every conversation");
        assertEquals(12, first.motivationProfile().get(0).times());

        StakeholderDetails all = bob.call(() -> stakeholders.open(lena.getId(), 20, 20));
        assertEquals(15, all.stanceHistory().size(), "fourteen changes and the first stance");
        assertFalse(all.moreStanceHistory());
        assertEquals(12, all.conversations().size());
        assertFalse(all.moreConversations());
        assertTrue(bob.call(() -> stakeholders.open(lena.getId(), 100_000, 0))
                        .stanceHistory()
                        .size()
                <= StakeholderService.MAX_PAGE);

        StakeholderDetails observed = carol.call(() -> stakeholders.open(lena.getId(), 10, 10));
        assertEquals(10, observed.stanceHistory().size(), "observers see the stance history");
        assertTrue(observed.conversations().isEmpty(), "but no conversations");
        assertFalse(observed.moreConversations());
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> stakeholders.open(lena.getId(), 10, 10)));
    }

    @Test
    void should_open_a_stakeholder_with_the_same_statements_however_long_their_history() {
        long c = coalition();
        Stakeholder tom = bob.call(() -> stakeholders.add(c, draft("Tom", "Engineering", 4, 5, Stance.SUPPORTER)));
        bob.call(() -> engagement.log(tom.getId(), conversationWithTwoMotivations()));
        bob.call(() -> stakeholders.open(tom.getId(), 10, 10)); // the first view of the day also audits the reading
        int before = bob.call(() -> sql.statementsOf(() -> stakeholders.open(tom.getId(), 10, 10)));
        for (int i = 0; i < 15; i++) {
            bob.call(() -> engagement.log(tom.getId(), conversationWithTwoMotivations()));
        }
        int after = bob.call(() -> sql.statementsOf(() -> stakeholders.open(tom.getId(), 10, 10)));
        assertEquals(before, after);
        assertTrue(after <= 8, after + " statements");
    }

    @Test
    void should_page_the_framings_by_stakeholder_name_with_the_same_statements_whatever_their_number() {
        long c = coalition();
        java.util.function.IntConsumer framed = i -> {
            Stakeholder s = bob.call(
                    () -> stakeholders.add(c, draft(String.format("Framed %02d", i), "Sales", 3, 3, Stance.NEUTRAL)));
            bob.call(() -> engagement.log(s.getId(), conversationWithTwoMotivations()));
            long motivationId = bob.call(() -> stakeholders.open(s.getId(), 0, 1))
                    .conversations()
                    .get(0)
                    .getMotivations()
                    .get(0)
                    .getId();
            bob.call(() ->
                    commonGround.frame(s.getId(), "Framing " + i, Set.of(motivationId), SignOnStatus.CONSIDERING));
        };
        framed.accept(12);
        int before = bob.call(() -> sql.statementsOf(() -> commonGround.framings(c, 0, 25)));
        for (int i = 11; i >= 1; i--) {
            framed.accept(i);
        }
        int after = bob.call(() -> sql.statementsOf(() -> commonGround.framings(c, 0, 25)));
        assertEquals(before, after);
        assertTrue(after <= 3, after + " statements");

        var first = bob.call(() -> commonGround.framings(c, 0, 5));
        assertEquals(
                List.of("Framed 01", "Framed 02", "Framed 03", "Framed 04", "Framed 05"),
                first.stream().map(f -> f.getStakeholder().getName()).toList(),
                "by name, the page's size");
        assertEquals(1, first.get(0).getMotivations().size(), "with their motivations");
        assertEquals(
                List.of("Framed 11", "Framed 12"),
                bob.call(() -> commonGround.framings(c, 10, 5)).stream()
                        .map(f -> f.getStakeholder().getName())
                        .toList());
        assertEquals(12, bob.call(() -> commonGround.countFramings(c)));
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> commonGround.countFramings(c)),
                "observers read no framings");
    }

    @Test
    void should_page_the_purpose_revisions_newest_first() {
        long c = coalition();
        for (int i = 0; i < 12; i++) {
            int based = i;
            bob.call(() -> commonGround.revisePurpose(c, based, "Purpose " + (based + 1)));
        }
        assertEquals(
                List.of(12, 11, 10, 9, 8),
                carol.call(() -> commonGround.purposeHistory(c, 0, 5)).stream()
                        .map(org.coalition.commonground.PurposeStatement::getRevision)
                        .toList(),
                "newest first, the page's size; observers read it");
        assertEquals(
                List.of(2, 1),
                carol.call(() -> commonGround.purposeHistory(c, 10, 5)).stream()
                        .map(org.coalition.commonground.PurposeStatement::getRevision)
                        .toList());
    }
}
