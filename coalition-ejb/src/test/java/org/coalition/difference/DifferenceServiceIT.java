package org.coalition.difference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coalition.access.AccessDeniedException;
import org.coalition.audit.AuditEntry;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.RuleViolationException;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.testsupport.AsAlice;
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
class DifferenceServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    CoalitionService coalitions;

    @EJB
    StakeholderService stakeholders;

    @EJB
    DifferenceService differences;

    @EJB
    AuditTrail audit;

    @EJB
    TestData data;

    @EJB
    SqlCounter sql;

    @EJB
    AsAlice alice;

    @EJB
    AsBob bob;

    @EJB
    AsCarol carol;

    @EJB
    AsErin erin;

    /** bob's coalition, alice sponsoring it, carol observing; erin has no role in it. */
    private long coalition() {
        long id = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Differences " + UUID.randomUUID().toString().substring(0, 8),
                        "Agree core hours",
                        LocalDate.now().plusMonths(3))))
                .getId();
        data.grant(id, "alice", CoalitionRole.SPONSOR);
        data.grant(id, "carol", CoalitionRole.OBSERVER);
        return id;
    }

    private Stakeholder stakeholder(long coalitionId, String name, String department) {
        StakeholderDraft draft = new StakeholderDraft();
        draft.setName(name);
        draft.setLevel(Level.DIRECTOR);
        draft.setDepartment(department);
        draft.setInfluence(4);
        draft.setInterest(4);
        draft.setStance(Stance.SKEPTIC);
        return bob.call(() -> stakeholders.add(coalitionId, draft));
    }

    private Difference openedByBob(long coalitionId) {
        Stakeholder priya = stakeholder(coalitionId, "Priya Natarajan", "Sales");
        return bob.call(() -> differences.open(
                coalitionId,
                new DifferenceDraft(
                        "Core hours",
                        "Reachability versus focus time",
                        List.of(PartyDraft.stakeholder(
                                priya.getId(), "Everyone reachable 9-17", "Customers reach their account manager")))));
    }

    private long personId(String username) {
        return data.person(username).getId();
    }

    @Test
    void should_let_a_member_record_and_resolve_a_difference_with_dissent_on_record() {
        long c = coalition();
        Difference opened = openedByBob(c);
        assertEquals(DifferenceStatus.OPEN, opened.getStatus());

        DifferenceParty bobsSide = bob.call(() -> differences.addParty(
                opened.getId(),
                opened.getVersion(),
                PartyDraft.member(personId("bob"), "Core hours 10-15 only", "Long stretches of focus time")));
        String bobsName = data.person("bob").getDisplayName();
        assertEquals(bobsName, bobsSide.name());
        Difference withOptions = bob.call(() -> differences.recordOptions(
                opened.getId(),
                current(c).getVersion(),
                "1. Fixed 9-17\n2. Core hours 10-15\n3. Rota for reachability"));
        Difference discussed = bob.call(() -> differences.startDiscussion(opened.getId(), withOptions.getVersion()));
        assertEquals(DifferenceStatus.IN_DISCUSSION, discussed.getStatus());
        Difference resolved = alice.call(() -> differences.resolve(
                opened.getId(),
                discussed.getVersion(),
                "Core hours 10-15 plus a reachability rota",
                "Keeps focus time and customers reach someone all day",
                "Sales would still prefer everyone 9-17"));

        assertEquals(DifferenceStatus.RESOLVED, resolved.getStatus());
        DifferenceSummary listed =
                carol.call(() -> differences.differences(c, 0, 25)).get(0);
        assertEquals(
                "Core hours 10-15 plus a reachability rota", listed.difference().getDecision());
        assertEquals(
                "Sales would still prefer everyone 9-17", listed.difference().getDissent());
        assertEquals(
                List.of("Priya Natarajan", bobsName),
                listed.parties().stream().map(DifferenceParty::name).toList());
        assertEquals(
                "Customers reach their account manager",
                listed.parties().get(0).getInterest(),
                "observers see positions and interests: they are not private notes");
        assertEquals(0, listed.ageInDays());
        assertFalse(listed.stale());

        Difference reopened = bob.call(() -> differences.reopen(opened.getId(), resolved.getVersion()));
        assertEquals(DifferenceStatus.OPEN, reopened.getStatus());
        assertNull(reopened.getDecision());
    }

    @Test
    void should_let_an_observer_read_but_not_change() {
        long c = coalition();
        Difference d = openedByBob(c);

        assertEquals(1, carol.call(() -> differences.differences(c, 0, 25)).size());
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> differences.open(c, new DifferenceDraft("Mine", null, List.of()))));
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> differences.addParty(
                        d.getId(), d.getVersion(), PartyDraft.member(personId("carol"), "I disagree", null))));
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> differences.recordOptions(d.getId(), d.getVersion(), "x")));
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> differences.startDiscussion(d.getId(), d.getVersion())));
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> differences.resolve(d.getId(), d.getVersion(), "a", "b", null)));
        assertEquals(DifferenceStatus.OPEN, current(c).getStatus(), "nothing changed");
    }

    @Test
    void should_refuse_everything_to_someone_without_a_role() {
        long c = coalition();
        Difference d = openedByBob(c);

        assertThrows(AccessDeniedException.class, () -> erin.call(() -> differences.differences(c, 0, 25)));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> differences.suggestParties(c, "Priya")));
        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> differences.open(c, new DifferenceDraft("Mine", null, List.of()))));
        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> differences.addParty(
                        d.getId(), d.getVersion(), PartyDraft.member(personId("bob"), "x", null))));
        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> differences.startDiscussion(d.getId(), d.getVersion())));
        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> differences.resolve(d.getId(), d.getVersion(), "a", "b", null)));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> differences.reopen(d.getId(), d.getVersion())));
    }

    @Test
    void should_refuse_a_resolution_without_rationale_with_a_clear_message() {
        long c = coalition();
        Difference d = openedByBob(c);

        var refused = assertThrows(
                RuleViolationException.class,
                () -> bob.call(() -> differences.resolve(d.getId(), d.getVersion(), "Core hours 10-15", "  ", null)));
        assertEquals(
                "Explain the rationale before resolving the difference, so those who were not in the room can follow the decision.",
                refused.getMessage());
        assertEquals(DifferenceStatus.OPEN, current(c).getStatus());
    }

    @Test
    void should_refuse_parties_from_outside_the_coalition() {
        long c = coalition();
        long other = coalition();
        Stakeholder elsewhere = stakeholder(other, "Elsewhere", "HR");
        Difference d = openedByBob(c);

        assertThrows(
                RuleViolationException.class,
                () -> bob.call(() -> differences.addParty(
                        d.getId(), d.getVersion(), PartyDraft.stakeholder(elsewhere.getId(), "Not ours", null))));
        assertThrows(
                RuleViolationException.class,
                () -> bob.call(() -> differences.addParty(
                        d.getId(), d.getVersion(), PartyDraft.member(personId("erin"), "Not a member", null))));
    }

    @Test
    void should_refuse_a_change_based_on_a_stale_version() {
        long c = coalition();
        Difference d = openedByBob(c);
        bob.call(() -> differences.recordOptions(d.getId(), d.getVersion(), "Fixed hours or core hours"));

        assertThrows(
                ConcurrentEditException.class,
                () -> alice.call(() -> differences.resolve(
                        d.getId(), d.getVersion(), "Core hours", "Both sides keep what matters", null)));
        assertThrows(
                ConcurrentEditException.class,
                () -> alice.call(() -> differences.addParty(
                        d.getId(), d.getVersion(), PartyDraft.member(personId("alice"), "Late", null))));
        assertEquals(DifferenceStatus.OPEN, current(c).getStatus());
        assertEquals(
                1,
                bob.call(() -> differences.differences(c, 0, 25))
                        .get(0)
                        .parties()
                        .size());
    }

    @Test
    void should_write_an_audit_entry_for_every_change() {
        long c = coalition();
        Difference d = openedByBob(c);
        var added = bob.call(() ->
                differences.addParty(d.getId(), d.getVersion(), PartyDraft.member(personId("bob"), "Focus", null)));
        long v1 = current(c).getVersion();
        bob.call(() -> differences.recordOptions(d.getId(), v1, "A or B"));
        long v2 = current(c).getVersion();
        bob.call(() -> differences.startDiscussion(d.getId(), v2));
        long v3 = current(c).getVersion();
        bob.call(() -> differences.resolve(d.getId(), v3, "B", "B keeps both interests", null));
        long v4 = current(c).getVersion();
        bob.call(() -> differences.reopen(d.getId(), v4));

        List<AuditEntry> entries = alice.call(() -> audit.list(c, 0, 50));
        List<String> actions = entries.stream().map(AuditEntry::getAction).toList();
        assertTrue(
                actions.containsAll(List.of(
                        "difference.opened",
                        "difference.party-added",
                        "difference.options-recorded",
                        "difference.discussed",
                        "difference.resolved",
                        "difference.reopened")),
                actions.toString());
        AuditEntry resolved = entries.stream()
                .filter(e -> e.getAction().equals("difference.resolved"))
                .findFirst()
                .orElseThrow();
        assertEquals("IN_DISCUSSION", resolved.getOldValue());
        assertEquals("RESOLVED", resolved.getNewValue());
        assertEquals("bob", resolved.getActor());
        assertEquals(d.getId(), resolved.getSubjectId());
        assertEquals("Focus", added.getPosition());
    }

    @Test
    void should_list_with_the_same_number_of_statements_whatever_the_number_of_differences() {
        long small = coalition();
        long large = coalition();
        openedByBob(small);
        for (int i = 0; i < 8; i++) {
            Difference d = openedByBob(large);
            bob.call(() -> differences.addParty(
                    d.getId(), d.getVersion(), PartyDraft.member(personId("bob"), "Position", "Interest")));
        }
        int listSmall = bob.call(() -> sql.statementsOf(() -> differences.differences(small, 0, 25)));
        int listLarge = bob.call(() -> sql.statementsOf(() -> differences.differences(large, 0, 25)));

        assertEquals(listSmall, listLarge, "statements must not grow with differences or parties");
        assertTrue(listLarge <= 4, "list: " + listLarge + " statements");
        assertEquals(8, bob.call(() -> differences.differences(large, 0, 25)).size());
    }

    @Test
    void should_list_a_page_at_a_time_unresolved_first_and_count_them_all() {
        long c = coalition();
        List<Long> opened = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            opened.add(openedByBob(c).getId());
        }
        for (long id : opened.subList(0, 2)) {
            Difference d = bob.call(() -> differences.differences(c, 0, 25)).stream()
                    .map(DifferenceSummary::difference)
                    .filter(x -> x.getId() == id)
                    .findFirst()
                    .orElseThrow();
            bob.call(() -> differences.resolve(id, d.getVersion(), "Decided", "Because", null));
        }

        List<Long> firstPage = carol.call(() -> differences.differences(c, 0, 5)).stream()
                .map(s -> s.difference().getId())
                .toList();
        assertEquals(
                List.of(opened.get(11), opened.get(10), opened.get(9), opened.get(8), opened.get(7)),
                firstPage,
                "unresolved first, the most recently active first, the page's size");
        List<DifferenceSummary> lastPage = carol.call(() -> differences.differences(c, 10, 5));
        assertEquals(
                List.of(opened.get(1), opened.get(0)),
                lastPage.stream().map(s -> s.difference().getId()).toList(),
                "resolved last");
        assertEquals(1, lastPage.get(0).parties().size(), "each with its parties");
        assertEquals(12, carol.call(() -> differences.countDifferences(c)), "observers read along");
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> differences.countDifferences(c)));
    }

    @Test
    void should_suggest_at_most_ten_parties_whose_name_contains_the_typed_text_from_this_coalition_only() {
        long c = coalition();
        for (int i = 1; i <= 12; i++) {
            stakeholder(c, "Anna Lang " + i, "Sales");
        }
        Stakeholder tom = stakeholder(c, "Tom Becker", "Engineering");
        long elsewhere = coalition();
        stakeholder(elsewhere, "Tom Beckmann", "Engineering");

        List<PartyCandidate> annas = bob.call(() -> differences.suggestParties(c, "aNNa l"));
        assertEquals(DifferenceService.MAX_SUGGESTIONS, annas.size(), "bounded, however many match");
        assertTrue(
                annas.stream()
                        .allMatch(a ->
                                a.label().startsWith("Anna Lang ") && a.key().startsWith("s")),
                annas.toString());
        assertEquals(
                List.of(new PartyCandidate("s" + tom.getId(), "Tom Becker (stakeholder, Engineering)")),
                bob.call(() -> differences.suggestParties(c, "BECK")),
                "case-insensitive, and only this coalition's stakeholders");
        String bobsName = data.person("bob").getDisplayName();
        assertEquals(
                List.of(PartyCandidate.member(personId("bob"), bobsName)),
                alice.call(() -> differences.suggestParties(c, bobsName.toUpperCase())),
                "the coalition's people too");
        assertEquals(
                List.of(), bob.call(() -> differences.suggestParties(c, "%")), "a typed wildcard matches only itself");
        assertEquals(List.of(), bob.call(() -> differences.suggestParties(c, " ")));

        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> differences.suggestParties(c, "Tom")),
                "no role, no names");
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> differences.suggestParties(c, "Tom")),
                "observers record no sides, so they need no picker");
    }

    /** The coalition's first difference as it is now. */
    private Difference current(long coalitionId) {
        DifferenceSummary summary =
                bob.call(() -> differences.differences(coalitionId, 0, 25)).get(0);
        return summary.difference();
    }
}
