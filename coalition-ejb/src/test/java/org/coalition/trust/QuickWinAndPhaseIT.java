package org.coalition.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.coalition.audit.AuditEntry;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.coalition.Phase;
import org.coalition.platform.ConfirmationRequiredException;
import org.coalition.platform.RuleViolationException;
import org.coalition.playbook.ClosingService;
import org.coalition.playbook.RetrospectiveDraft;
import org.coalition.rhythm.FeedService;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.testsupport.AsAlice;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.AsCarol;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class QuickWinAndPhaseIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    CoalitionService coalitions;

    @EJB
    QuickWinService quickWins;

    @EJB
    StakeholderService stakeholders;

    @EJB
    FeedService feed;

    @EJB
    AuditTrail audit;

    @EJB
    TestData data;

    @EJB
    ClosingService closings;

    @EJB
    org.coalition.testsupport.SqlCounter sql;

    @EJB
    org.coalition.testsupport.AsErin erin;

    @EJB
    AsAlice alice;

    @EJB
    AsBob bob;

    @EJB
    AsCarol carol;

    private long coalition() {
        long id = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Trust " + UUID.randomUUID().toString().substring(0, 8),
                        "Build trust first",
                        LocalDate.now().plusMonths(4))))
                .getId();
        data.grant(id, "alice", CoalitionRole.SPONSOR);
        data.grant(id, "carol", CoalitionRole.OBSERVER);
        return id;
    }

    private Stakeholder skeptic(long coalitionId) {
        StakeholderDraft draft = new StakeholderDraft();
        draft.setName("Priya");
        draft.setLevel(Level.DIRECTOR);
        draft.setDepartment("Sales");
        draft.setInfluence(5);
        draft.setInterest(3);
        draft.setResources(EnumSet.of(Resource.BUDGET));
        draft.setStance(Stance.SKEPTIC);
        return bob.call(() -> stakeholders.add(coalitionId, draft));
    }

    private Phase phaseOf(long coalitionId) {
        return bob.call(() -> coalitions.open(coalitionId)).coalition().getPhase();
    }

    private Coalition move(long coalitionId, Phase to, boolean confirmed) {
        long version = bob.call(() -> coalitions.open(coalitionId)).coalition().getVersion();
        return bob.call(() -> coalitions.changePhase(coalitionId, version, to, confirmed));
    }

    @Test
    void should_record_whose_trust_a_completed_quick_win_changed_and_celebrate_it() {
        long c = coalition();
        Stakeholder priya = skeptic(c);
        QuickWin pilot = bob.call(() -> quickWins.plan(
                c,
                "Pilot with Sales",
                QuickWinKind.PILOT,
                "Response times hold",
                LocalDate.now().plusWeeks(2),
                Set.of(priya.getId()),
                Set.of("bob")));
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(
                        () -> quickWins.plan(c, "Observer's win", QuickWinKind.OTHER, null, null, Set.of(), Set.of())));
        assertThrows(
                RuleViolationException.class,
                () -> bob.call(() -> quickWins.finish(pilot.getId(), pilot.getVersion(), true, " ", List.of())),
                "completing needs an outcome");

        bob.call(() -> quickWins.finish(
                pilot.getId(),
                pilot.getVersion(),
                true,
                "Response times held for four weeks",
                List.of(new QuickWinService.TrustChange(priya.getId(), Stance.SUPPORTER, "saw the numbers herself"))));

        var details = bob.call(() -> stakeholders.open(priya.getId()));
        assertEquals(Stance.SUPPORTER, details.stakeholder().getStance());
        assertTrue(details.stanceHistory()
                .get(0)
                .getReason()
                .contains("Quick win \u201cPilot with Sales\u201d: saw the numbers herself"));
        assertTrue(bob.call(() -> feed.wins(c, 5)).get(0).getText().contains("Pilot with Sales"));
        assertEquals(
                QuickWinStatus.COMPLETED,
                bob.call(() -> quickWins.list(c, 0, 25)).get(0).getStatus());
    }

    @Test
    void should_ask_for_confirmation_before_the_main_initiative_without_a_completed_quick_win_and_record_it() {
        long c = coalition();
        move(c, Phase.TRUST_BUILDING, false);

        var warning = assertThrows(ConfirmationRequiredException.class, () -> move(c, Phase.MAIN_INITIATIVE, false));
        assertTrue(warning.getMessage().contains("quick win"), warning.getMessage());
        assertEquals(Phase.TRUST_BUILDING, phaseOf(c), "nothing changed without the confirmation");

        Coalition moved = move(c, Phase.MAIN_INITIATIVE, true);
        assertEquals(Phase.MAIN_INITIATIVE, moved.getPhase());
        assertNotNull(moved.getTrustWarningConfirmedAt());
        List<String> actions = alice.call(() -> audit.list(c, 0, 50)).stream()
                .map(AuditEntry::getAction)
                .toList();
        assertTrue(actions.contains("coalition.phase.confirmed-warning"), actions.toString());
    }

    @Test
    void should_move_to_the_main_initiative_without_warning_after_a_completed_quick_win() {
        long c = coalition();
        QuickWin paper = bob.call(
                () -> quickWins.plan(c, "White paper", QuickWinKind.WHITE_PAPER, null, null, Set.of(), Set.of("bob")));
        bob.call(() -> quickWins.finish(paper.getId(), paper.getVersion(), true, "Read by two directors", List.of()));
        move(c, Phase.TRUST_BUILDING, false);
        Coalition moved = move(c, Phase.MAIN_INITIATIVE, false);
        assertNull(moved.getTrustWarningConfirmedAt());
        assertThrows(
                RuleViolationException.class, () -> move(c, Phase.DISCOVERY, false), "back only one step at a time");
    }

    @Test
    void should_keep_a_closed_coalition_readable_but_refuse_every_change() {
        long c = coalition();
        move(c, Phase.TRUST_BUILDING, false);
        move(c, Phase.MAIN_INITIATIVE, true);
        move(c, Phase.SUSTAINING, false);
        assertThrows(AccessDeniedException.class, () -> move(c, Phase.CLOSED, false), "only a sponsor archives");
        long version = alice.call(() -> coalitions.open(c)).coalition().getVersion();
        var noRetrospective = assertThrows(
                RuleViolationException.class,
                () -> alice.call(() -> coalitions.changePhase(c, version, Phase.CLOSED, false)));
        assertEquals(CoalitionService.CLOSING_NEEDS_RETROSPECTIVE, noRetrospective.getMessage());
        alice.call(() -> closings.close(c, version, new RetrospectiveDraft("Small wins first", "The weekly sync")));

        var overview = bob.call(() -> coalitions.open(c));
        assertEquals(Phase.CLOSED, overview.coalition().getPhase());
        assertTrue(overview.isReadOnly());
        var refused = assertThrows(AccessDeniedException.class, () -> skeptic(c));
        assertTrue(refused.getMessage().contains("archived"));
    }

    @Test
    void should_list_quick_wins_a_page_at_a_time_soonest_due_first_with_their_participants() {
        long small = coalition();
        Stakeholder kim = skeptic(small);
        bob.call(() -> quickWins.plan(
                small, "The only one", QuickWinKind.PILOT, null, null, Set.of(kim.getId()), Set.of("bob")));
        long c = coalition();
        Stakeholder priya = skeptic(c);
        for (int i = 12; i >= 1; i--) {
            LocalDate due = LocalDate.now().plusDays(i);
            bob.call(() -> quickWins.plan(
                    c,
                    "Win due in " + due,
                    QuickWinKind.PILOT,
                    null,
                    due,
                    Set.of(priya.getId()),
                    Set.of("bob", "alice")));
        }
        int one = bob.call(() -> sql.statementsOf(() -> quickWins.list(small, 0, 25)));
        int twelve = bob.call(() -> sql.statementsOf(() -> quickWins.list(c, 0, 25)));
        assertEquals(one, twelve, "the participants come in one batch each, whatever the number of quick wins");
        assertTrue(twelve <= 4, twelve + " statements");

        List<QuickWin> first = carol.call(() -> quickWins.list(c, 0, 5));
        assertEquals(5, first.size());
        assertEquals("Win due in " + LocalDate.now().plusDays(1), first.get(0).getTitle(), "soonest due first");
        assertEquals(1, first.get(4).getStakeholders().size());
        assertEquals(2, first.get(4).getMembers().size());
        List<QuickWin> last = carol.call(() -> quickWins.list(c, 10, 5));
        assertEquals("Win due in " + LocalDate.now().plusDays(11), last.get(0).getTitle());
        assertEquals(2, last.size());
        assertEquals(12, carol.call(() -> quickWins.count(c)), "observers read them");
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> quickWins.list(c, 0, 5)));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> quickWins.count(c)));
    }

    private Stakeholder stakeholder(long coalitionId, String name, String department) {
        StakeholderDraft draft = new StakeholderDraft();
        draft.setName(name);
        draft.setLevel(Level.MANAGER);
        draft.setDepartment(department);
        draft.setInfluence(3);
        draft.setInterest(3);
        draft.setStance(Stance.NEUTRAL);
        return bob.call(() -> stakeholders.add(coalitionId, draft));
    }

    @Test
    void should_suggest_at_most_ten_participants_whose_name_contains_the_typed_text_from_this_coalition_only() {
        long c = coalition();
        for (int i = 1; i <= 12; i++) {
            stakeholder(c, "Ken Oduya " + i, "Operations");
        }
        Stakeholder tom = stakeholder(c, "Tom Becker", "Engineering");
        long elsewhere = coalition();
        stakeholder(elsewhere, "Tom Beckmann", "Engineering");

        List<ParticipantChoice> kens = bob.call(() -> quickWins.suggestStakeholders(c, "kEN o"));
        assertEquals(QuickWinService.MAX_SUGGESTIONS, kens.size(), "bounded, however many match");
        assertTrue(kens.stream().allMatch(k -> k.label().matches("Ken Oduya \\d+ \\(Operations\\)")), kens.toString());
        assertEquals(
                List.of(new ParticipantChoice(Long.toString(tom.getId()), "Tom Becker (Engineering)")),
                bob.call(() -> quickWins.suggestStakeholders(c, "BECK")),
                "case-insensitive, and only this coalition's stakeholders");
        assertEquals(
                List.of(),
                bob.call(() -> quickWins.suggestStakeholders(c, "_")),
                "a typed wildcard matches only itself");

        String bobsName = data.person("bob").getDisplayName();
        assertEquals(
                List.of(ParticipantChoice.member("bob", bobsName)),
                alice.call(() -> quickWins.suggestMembers(c, bobsName.toUpperCase())),
                "members, found by name");
        String carolsName = data.person("carol").getDisplayName();
        assertEquals(List.of(), bob.call(() -> quickWins.suggestMembers(c, carolsName)), "observers do not take part");

        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> quickWins.suggestStakeholders(c, "Tom")),
                "no role, no names");
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> quickWins.suggestMembers(c, "Bob")));
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> quickWins.suggestStakeholders(c, "Tom")),
                "observers plan no quick wins, so they need no picker");
    }
}
