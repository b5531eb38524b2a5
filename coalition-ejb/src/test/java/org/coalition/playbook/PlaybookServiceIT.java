package org.coalition.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coalition.access.AccessDeniedException;
import org.coalition.audit.AuditEntry;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.coalition.Phase;
import org.coalition.commonground.CommonGroundService;
import org.coalition.commonground.SignOnStatus;
import org.coalition.difference.Difference;
import org.coalition.difference.DifferenceDraft;
import org.coalition.difference.DifferenceService;
import org.coalition.engagement.ConversationDraft;
import org.coalition.engagement.EngagementService;
import org.coalition.engagement.MotivationCategory;
import org.coalition.engagement.MotivationDraft;
import org.coalition.health.HealthService;
import org.coalition.health.Pitfall;
import org.coalition.milestone.Milestone;
import org.coalition.milestone.MilestoneDraft;
import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.Task;
import org.coalition.milestone.TaskStatus;
import org.coalition.platform.FactsCache;
import org.coalition.platform.RuleViolationException;
import org.coalition.rhythm.CadenceDraft;
import org.coalition.rhythm.FeedPost;
import org.coalition.rhythm.FeedService;
import org.coalition.rhythm.RhythmService;
import org.coalition.rhythm.SyncNoteDraft;
import org.coalition.stakeholder.Engagement;
import org.coalition.stakeholder.EngagementAssessmentService;
import org.coalition.stakeholder.EngagementGap;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.testsupport.AsAlice;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.AsCarol;
import org.coalition.testsupport.AsDana;
import org.coalition.testsupport.AsErin;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.SqlCounter;
import org.coalition.testsupport.TestData;
import org.coalition.trust.QuickWin;
import org.coalition.trust.QuickWinKind;
import org.coalition.trust.QuickWinService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class PlaybookServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    PlaybookService playbook;

    @EJB
    LaunchService launches;

    @EJB
    ClosingService closings;

    @EJB
    TemplateService templates;

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
    QuickWinService quickWins;

    @EJB
    RhythmService rhythm;

    @EJB
    FeedService feed;

    @EJB
    AuditTrail audit;

    @EJB
    HealthService health;

    @EJB
    EngagementAssessmentService assessments;

    @EJB
    DifferenceService differences;

    @Inject
    FactsCache cache;

    @EJB
    SqlCounter sql;

    @EJB
    TestData data;

    @EJB
    AsAlice alice;

    @EJB
    AsBob bob;

    @EJB
    AsCarol carol;

    @EJB
    AsDana dana;

    @EJB
    AsErin erin;

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static StakeholderDraft stakeholder(String name, int influence, Stance stance) {
        StakeholderDraft d = new StakeholderDraft();
        d.setName(name);
        d.setLevel(Level.DIRECTOR);
        d.setDepartment("HR");
        d.setInfluence(influence);
        d.setInterest(3);
        d.setResources(EnumSet.of(Resource.BUDGET));
        d.setStance(stance);
        return d;
    }

    private CoalitionTemplate policyChange() {
        return bob.call(() -> templates.list()).stream()
                .filter(t -> t.getName().equals("Policy change"))
                .findFirst()
                .orElseThrow();
    }

    private CoalitionLaunch launch(String name) {
        CoalitionLaunch launch = new CoalitionLaunch();
        launch.setBasics(new CoalitionDraft(
                unique(name), "Flexible hours for every team", LocalDate.now().plusMonths(6)));
        return launch;
    }

    private long plain() {
        return bob.call(() -> launches.launch(launch("Plain"))).getId();
    }

    private static void talkTo(EngagementService engagement, long stakeholderId) {
        ConversationDraft talk = new ConversationDraft();
        talk.setNotes("Wants predictable coverage");
        talk.getMotivations().add(new MotivationDraft(MotivationCategory.TEAM_MORALE, "A calmer team", 3));
        engagement.log(stakeholderId, talk);
    }

    @Test
    void should_create_everything_the_wizard_gathered_in_one_go_from_a_template() {
        data.person("alice", "Operations", true);
        CoalitionTemplate template = policyChange();
        CoalitionLaunch launch = launch("Flexible hours");
        launch.setTemplateId(template.getId());
        launch.setRationale("HR, the works council and Operations each hold a piece of it.");
        launch.setPurpose("Hours that fit people's lives without leaving customers uncovered.");
        launch.setSponsors(List.of("alice"));
        CadenceDraft cadence = new CadenceDraft();
        cadence.setStartsOn(LocalDate.now());
        cadence.setDayOfWeek(DayOfWeek.TUESDAY);
        cadence.setTime(LocalTime.of(9, 30));
        cadence.setTimeZone("Europe/Berlin");
        launch.setCadence(cadence);
        launch.setStakeholders(List.of(
                stakeholder("Hanna HR", 4, Stance.SUPPORTER),
                stakeholder("Walter Council", 2, Stance.NEUTRAL),
                stakeholder("Olga Ops", 5, Stance.SKEPTIC)));

        Coalition coalition = bob.call(() -> launches.launch(launch));
        long c = coalition.getId();

        var overview = bob.call(() -> coalitions.open(c));
        assertEquals(
                "HR, the works council and Operations each hold a piece of it.",
                overview.coalition().getRationale());
        assertEquals(CoalitionRole.MEMBER, overview.viewerRole());
        assertEquals(CoalitionRole.SPONSOR, alice.call(() -> coalitions.open(c)).viewerRole());
        assertEquals(1, bob.call(() -> commonGround.purposeHistory(c, 0, 10)).size());
        assertTrue(bob.call(() -> rhythm.cadence(c)).version() != null, "the cadence is stored, not the default");
        assertEquals(3, bob.call(() -> stakeholders.count(c, org.coalition.stakeholder.RegisterQuery.firstPage(50))));
        assertEquals(
                template.milestones().size(),
                bob.call(() -> milestones.milestones(c)).size());
        assertEquals(
                template.quickWins().stream()
                        .map(TemplateLines.QuickWinIdea::title)
                        .collect(Collectors.toSet()),
                bob.call(() -> quickWins.list(c, 0, 25)).stream()
                        .map(q -> q.getTitle())
                        .collect(Collectors.toSet()));
        assertEquals(
                template.questions(),
                bob.call(() -> templates.questionsFor(c)),
                "the template's questions for the one-on-ones");
        assertTrue(template.questions().size() >= 3);
        List<String> actions = alice.call(() -> audit.list(c, 0, 100)).stream()
                .map(AuditEntry::getAction)
                .toList();
        assertTrue(
                actions.containsAll(List.of(
                        "coalition.proposed",
                        "coalition.rationale",
                        "access.granted",
                        "purpose.revised",
                        "rhythm.cadence-set",
                        "coalition.template")),
                actions.toString());

        Playbook panel = bob.call(() -> playbook.playbook(c));
        assertEquals(Phase.DISCOVERY, panel.phase());
        assertTrue(panel.item("stakeholders-mapped").done());
        assertTrue(panel.item("sponsor-on-board").done());
        assertTrue(panel.item("purpose-drafted").done());
        assertTrue(panel.item("rhythm-agreed").done());
        assertFalse(panel.item("key-one-on-ones").done());
        assertFalse(panel.item("motivations-recorded").done());
        assertEquals(Pitfall.ASSUMED_ALIGNMENT, panel.nextStep().pitfall(), "the advisor's correction comes first");
        assertEquals(PlaybookPage.STAKEHOLDERS, panel.nextStep().page());
    }

    @Test
    void should_advance_the_checklist_as_the_one_on_ones_are_held() {
        long c = plain();
        Stakeholder hanna = bob.call(() -> stakeholders.add(c, stakeholder("Hanna", 4, Stance.SUPPORTER)));
        Stakeholder olga = bob.call(() -> stakeholders.add(c, stakeholder("Olga", 5, Stance.NEUTRAL)));
        bob.call(() -> stakeholders.add(c, stakeholder("Ulf", 1, Stance.NEUTRAL)));
        assertFalse(bob.call(() -> playbook.playbook(c)).item("key-one-on-ones").done());
        bob.call(() -> rhythm.feedToken(c));
        assertFalse(
                bob.call(() -> playbook.playbook(c)).item("rhythm-agreed").done(),
                "a calendar feed is not an agreed rhythm");

        bob.run(() -> talkTo(engagement, hanna.getId()));
        Playbook half = bob.call(() -> playbook.playbook(c));
        assertFalse(half.item("key-one-on-ones").done(), "Olga is still unheard");
        assertFalse(half.item("motivations-recorded").done());

        bob.run(() -> talkTo(engagement, olga.getId()));
        Playbook all = bob.call(() -> playbook.playbook(c));
        assertTrue(all.item("key-one-on-ones").done());
        assertTrue(all.item("motivations-recorded").done());
        assertFalse(
                all.nextStep().correctsPitfall() && all.nextStep().pitfall() == Pitfall.ASSUMED_ALIGNMENT,
                "alignment is no longer the next step");
    }

    @Test
    void should_show_the_panel_to_observers_and_refuse_it_to_people_without_a_role() {
        long c = plain();
        data.grant(c, "carol", CoalitionRole.OBSERVER);
        assertEquals(Phase.DISCOVERY, carol.call(() -> playbook.playbook(c)).phase());
        assertEquals(List.of(), carol.call(() -> templates.questionsFor(c)), "no template, no extra questions");
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> templates.questionsFor(c)));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> playbook.playbook(c)));
    }

    @Test
    void should_name_only_executives_as_sponsors_and_create_nothing_when_refused() {
        data.person("erin", "Finance", false);
        CoalitionLaunch launch = launch("Refused");
        launch.setSponsors(List.of("erin"));
        var refused = assertThrows(RuleViolationException.class, () -> bob.call(() -> launches.launch(launch)));
        assertTrue(refused.getMessage().contains("only executives can be sponsors"), refused.getMessage());
        String name = launch.getBasics().getName();
        assertTrue(
                bob.call(() -> coalitions.listMine(0, 500)).stream()
                        .noneMatch(l -> l.name().equals(name)),
                "rolled back");
    }

    @Test
    void should_explain_invalid_wizard_input_and_create_nothing() {
        CoalitionLaunch launch = launch("Invalid");
        StakeholderDraft nameless = stakeholder("Somebody", 3, Stance.NEUTRAL);
        nameless.setDepartment(" ");
        launch.setStakeholders(List.of(nameless));
        EJBException failure = assertThrows(EJBException.class, () -> bob.call(() -> launches.launch(launch)));
        Throwable cause = failure;
        while (cause != null && !(cause instanceof ConstraintViolationException)) {
            cause = cause.getCause();
        }
        assertTrue(cause != null, "a constraint violation: " + failure);
        Set<String> messages = ((ConstraintViolationException) cause)
                .getConstraintViolations().stream().map(v -> v.getMessage()).collect(Collectors.toSet());
        assertEquals(Set.of("Give the stakeholder's department."), messages);
    }

    @Test
    void should_let_everyone_read_templates_and_only_administrators_write_them() {
        Set<String> names = erin.call(() -> templates.list()).stream()
                .map(CoalitionTemplate::getName)
                .collect(Collectors.toSet());
        assertTrue(
                names.containsAll(
                        Set.of("Process reform", "New product or tool adoption", "Policy change", "Culture change")),
                names.toString());

        TemplateDraft draft = new TemplateDraft();
        draft.setName(unique("Merger"));
        draft.setKindOfChange("Reorganisation");
        draft.setStakeholderRoles("Integration lead | Operations | 5 | 5");
        draft.setMilestoneSkeletons("Day one | 8");
        assertThrows(EJBAccessException.class, () -> bob.call(() -> templates.create(draft)));
        assertThrows(
                EJBAccessException.class,
                () -> alice.call(() -> templates.create(draft)),
                "executives are not administrators");

        CoalitionTemplate created = dana.call(() -> templates.create(draft));
        assertEquals(List.of(new TemplateLines.Role("Integration lead", "Operations", 5, 5)), created.roles());
        draft.setDescription("Two companies become one");
        CoalitionTemplate updated = dana.call(() -> templates.update(created.getId(), created.getVersion(), draft));
        assertEquals(
                "Two companies become one",
                bob.call(() -> templates.get(updated.getId())).getDescription());
        assertThrows(
                EJBAccessException.class,
                () -> bob.call(() -> templates.update(updated.getId(), updated.getVersion(), draft)));
        assertThrows(
                org.coalition.platform.ConcurrentEditException.class,
                () -> dana.call(() -> templates.update(created.getId(), created.getVersion(), draft)),
                "stale version");

        TemplateDraft duplicate = TemplateDraft.of(policyChange());
        assertThrows(RuleViolationException.class, () -> dana.call(() -> templates.create(duplicate)));
        TemplateDraft unreadable = TemplateDraft.of(policyChange());
        unreadable.setName(unique("Unreadable"));
        unreadable.setMilestoneSkeletons("Whenever | soon");
        assertThrows(EJBException.class, () -> dana.call(() -> templates.create(unreadable)));
    }

    @Test
    void should_close_with_a_retrospective_celebrate_the_wins_and_carry_the_allies_forward() {
        data.person("alice", "Operations", true);
        CoalitionLaunch launch = launch("Closing");
        launch.setSponsors(List.of("alice"));
        long c = bob.call(() -> launches.launch(launch)).getId();
        data.grant(c, "carol", CoalitionRole.OBSERVER);
        bob.run(() -> {
            stakeholders.add(c, stakeholder("Champion Chris", 5, Stance.CHAMPION));
            stakeholders.add(c, stakeholder("Supporter Sue", 3, Stance.SUPPORTER));
            stakeholders.add(c, stakeholder("Skeptic Sam", 4, Stance.SKEPTIC));
        });
        var win = bob.call(() -> quickWins.plan(
                c, "Pilot in Sales", org.coalition.trust.QuickWinKind.PILOT, null, null, Set.of(), Set.of()));
        bob.call(() -> quickWins.finish(win.getId(), win.getVersion(), true, "Sales loved it", List.of()));
        for (Phase to : List.of(Phase.TRUST_BUILDING, Phase.MAIN_INITIATIVE, Phase.SUSTAINING)) {
            long version = bob.call(() -> coalitions.open(c)).coalition().getVersion();
            bob.call(() -> coalitions.changePhase(c, version, to, false));
        }
        long version = bob.call(() -> coalitions.open(c)).coalition().getVersion();
        RetrospectiveDraft retro = new RetrospectiveDraft("Talking to every director first", "The Tuesday sync");

        assertThrows(
                AccessDeniedException.class,
                () -> bob.call(() -> closings.close(c, version, retro)),
                "only a sponsor closes");
        assertThrows(
                EJBException.class,
                () -> alice.call(() -> closings.close(c, version, new RetrospectiveDraft(" ", "x"))),
                "what worked is required");
        assertEquals(
                Phase.SUSTAINING, bob.call(() -> coalitions.open(c)).coalition().getPhase());

        alice.call(() -> closings.close(c, version, retro));

        assertEquals(
                Phase.CLOSED, carol.call(() -> coalitions.open(c)).coalition().getPhase());
        Retrospective kept = carol.call(() -> closings.retrospective(c)).orElseThrow();
        assertEquals("Talking to every director first", kept.getWhatWorked());
        assertEquals("The Tuesday sync", kept.getWhatToRepeat());
        Set<String> allies = carol.call(() -> closings.allies(c)).stream()
                .map(a -> a.getSource() + ":" + a.getName())
                .collect(Collectors.toSet());
        assertEquals(
                Set.of("STAKEHOLDER:Champion Chris", "STAKEHOLDER:Supporter Sue", "SPONSOR:alice", "MEMBER:bob"),
                allies);
        FeedPost celebration = carol.call(() -> feed.wins(c, 1)).get(0);
        assertEquals(FeedPost.Kind.CELEBRATION, celebration.getKind());
        assertTrue(
                celebration.getText().contains("Pilot in Sales")
                        && celebration.getText().contains("is closed"),
                celebration.getText());

        Playbook closed = carol.call(() -> playbook.playbook(c));
        assertTrue(closed.current().complete(), closed.current().toString());
        assertThrows(
                AccessDeniedException.class, () -> alice.call(() -> closings.close(c, version, retro)), "archived");

        var network = bob.call(() -> launches.myAllyNetwork()).stream()
                .map(Ally::getName)
                .toList();
        assertTrue(network.containsAll(List.of("Champion Chris", "Supporter Sue", "alice")), network.toString());
        assertFalse(network.contains("bob"), "not one's own ally");
        assertFalse(
                erin.call(() -> launches.myAllyNetwork()).stream().anyMatch(a -> a.getCoalitionId() == c),
                "erin took no part");
    }

    @Test
    void should_refuse_closing_before_sustaining_and_keep_no_retrospective() {
        data.person("alice", "Operations", true);
        CoalitionLaunch launch = launch("Early");
        launch.setSponsors(List.of("alice"));
        long c = bob.call(() -> launches.launch(launch)).getId();
        long version = bob.call(() -> coalitions.open(c)).coalition().getVersion();
        assertThrows(
                RuleViolationException.class,
                () -> alice.call(() -> closings.close(c, version, new RetrospectiveDraft("a", "b"))));
        assertTrue(bob.call(() -> closings.retrospective(c)).isEmpty(), "rolled back");
    }

    /** Thrown by the cache peek below when the service keeps no facts (a write elsewhere made them stale). */
    private static final class NotKept extends RuntimeException {}

    /**
     * The facts the service built the panel from. The panel shows only whether each item is done, not the counts
     * behind it; the service keeps those for the day, so they are read back from its cache right after the panel.
     */
    private PlaybookFacts factsBehindThePanel(long c) {
        for (int attempt = 1; ; attempt++) {
            bob.call(() -> playbook.playbook(c));
            try {
                return cache.get("playbook:" + LocalDate.now(), c, () -> {
                    throw new NotKept();
                });
            } catch (NotKept stale) {
                if (attempt == 3) {
                    throw new AssertionError("the playbook keeps no facts of coalition " + c, stale);
                }
            }
        }
    }

    private long version(long stakeholderId) {
        return data.with(em -> em.find(Stakeholder.class, stakeholderId).getVersion());
    }

    private void dateBack(String entity, String column, long id, int days) {
        data.update(
                "UPDATE " + entity + " x SET x." + column + " = :at WHERE x.id = :id",
                Map.of("at", Instant.now().minus(Duration.ofDays(days)), "id", id));
    }

    @Test
    void should_count_each_fact_of_a_known_coalition_where_it_belongs() {
        assertEquals(
                4, bob.call(() -> health.thresholds()).influenceCutOff(), "the cut-off this coalition is built on");
        LocalDate today = LocalDate.now();
        data.person("alice", "Operations", true);
        CoalitionLaunch launch = launch("Known facts");
        launch.setSponsors(List.of("alice"));
        launch.setPurpose("Hours that fit people's lives.");
        CadenceDraft fortnightly = new CadenceDraft();
        fortnightly.setStartsOn(today);
        fortnightly.setEveryWeeks(2);
        fortnightly.setDayOfWeek(DayOfWeek.TUESDAY);
        fortnightly.setTime(LocalTime.of(9, 30));
        fortnightly.setTimeZone("Europe/Berlin");
        launch.setCadence(fortnightly);
        long c = bob.call(() -> launches.launch(launch)).getId();
        data.grant(c, "hank", CoalitionRole.SPONSOR);
        bob.call(() -> commonGround.revisePurpose(c, 1, "Hours that fit people's lives and customers' needs."));
        bob.call(() -> commonGround.revisePurpose(c, 2, "Hours that fit people's lives, customers reach someone."));

        // key: influence 4 and more; heard: a one-on-one with a motivation
        Stakeholder anna = bob.call(() -> stakeholders.add(c, stakeholder("Anna Key Heard", 5, Stance.SUPPORTER)));
        Stakeholder ben = bob.call(() -> stakeholders.add(c, stakeholder("Ben Key Skeptic", 4, Stance.SKEPTIC)));
        Stakeholder cleo = bob.call(() -> stakeholders.add(c, stakeholder("Cleo Key Unheard", 5, Stance.NEUTRAL)));
        Stakeholder dirk = bob.call(() -> stakeholders.add(c, stakeholder("Dirk Opponent", 2, Stance.OPPONENT)));
        Stakeholder eva = bob.call(() -> stakeholders.add(c, stakeholder("Eva Minor Skeptic", 1, Stance.SKEPTIC)));
        Stakeholder finn = bob.call(() -> stakeholders.add(c, stakeholder("Finn Middle", 3, Stance.CHAMPION)));
        bob.call(() -> stakeholders.add(c, stakeholder("Gus Minor Opponent", 1, Stance.OPPONENT)));
        for (Stakeholder heard : List.of(anna, ben, dirk)) {
            bob.run(() -> talkTo(engagement, heard.getId()));
        }
        // Anna's one-on-one is still within the 60 days and after her stance; Ben's stance changed after his
        data.update(
                "UPDATE Stakeholder s SET s.lastConversationOn = :talked, s.stanceSince = :changed WHERE s.id = :id",
                Map.of("talked", today.minusDays(59), "changed", today.minusDays(90), "id", anna.getId()));
        data.update(
                "UPDATE Stakeholder s SET s.lastConversationOn = :talked, s.stanceSince = :changed WHERE s.id = :id",
                Map.of("talked", today.minusDays(10), "changed", today.minusDays(5), "id", ben.getId()));
        bob.run(() -> {
            commonGround.frame(anna.getId(), "Calmer rotas", Set.of(), SignOnStatus.SIGNED_ON);
            commonGround.frame(ben.getId(), "Fewer escalations", Set.of(), SignOnStatus.CONSIDERING);
            commonGround.frame(dirk.getId(), "Less overtime", Set.of(), SignOnStatus.SIGNED_ON);
        });
        // the widest key gap is Cleo's (3 steps × influence 5); Finn's (4 × 3) outweighs Anna's (1 × 5), but he is not
        // key
        bob.call(() ->
                assessments.assess(anna.getId(), version(anna.getId()), Engagement.NEUTRAL, Engagement.SUPPORTIVE));
        bob.call(() ->
                assessments.assess(cleo.getId(), version(cleo.getId()), Engagement.RESISTANT, Engagement.LEADING));
        bob.call(() -> assessments.assess(finn.getId(), version(finn.getId()), Engagement.UNAWARE, Engagement.LEADING));

        QuickWin withKey = bob.call(() ->
                quickWins.plan(c, "Pilot with Anna", QuickWinKind.PILOT, null, null, Set.of(anna.getId()), Set.of()));
        bob.call(() -> quickWins.finish(withKey.getId(), withKey.getVersion(), true, "It worked", List.of()));
        QuickWin withoutKey = bob.call(() ->
                quickWins.plan(c, "Pilot with Eva", QuickWinKind.PILOT, null, null, Set.of(eva.getId()), Set.of()));
        bob.call(() -> quickWins.finish(withoutKey.getId(), withoutKey.getVersion(), true, "Fine", List.of()));
        QuickWin abandoned = bob.call(() ->
                quickWins.plan(c, "Pilot with Ben", QuickWinKind.PILOT, null, null, Set.of(ben.getId()), Set.of()));
        bob.call(() -> quickWins.finish(abandoned.getId(), abandoned.getVersion(), false, null, List.of()));
        bob.call(() ->
                quickWins.plan(c, "Pilot with Cleo", QuickWinKind.PILOT, null, null, Set.of(cleo.getId()), Set.of()));

        bob.call(() -> rhythm.recordSync(c, new SyncNoteDraft(today.minusDays(10), "bob, alice", null, null)));
        bob.call(() -> rhythm.recordSync(c, new SyncNoteDraft(today.minusDays(3), "bob, alice", null, null)));

        Milestone pilot = bob.call(() -> milestones.propose(c, new MilestoneDraft("Pilot", null, today.plusWeeks(4))));
        Milestone rollout =
                bob.call(() -> milestones.propose(c, new MilestoneDraft("Rollout", null, today.plusWeeks(8))));
        Milestone later = bob.call(() -> milestones.propose(c, new MilestoneDraft("Later", null, today.plusWeeks(12))));
        alice.call(() -> milestones.decide(pilot.getId(), pilot.getVersion(), true, "Go"));
        alice.call(() -> milestones.decide(rollout.getId(), rollout.getVersion(), true, "Go"));
        bob.call(() -> milestones.addTask(c, pilot.getId(), "Book rooms", "bob", null));
        bob.call(() -> milestones.addTask(c, pilot.getId(), "Invite", "bob", null));
        Task planned = bob.call(() -> milestones.addTask(c, pilot.getId(), "Plan", "bob", null));
        bob.call(() -> milestones.updateTask(planned.getId(), planned.getVersion(), TaskStatus.DONE, null));
        bob.call(() -> milestones.addTask(c, rollout.getId(), "Train the team leads", "bob", null));
        bob.call(() -> milestones.addTask(c, later.getId(), "Not yet approved", "bob", null));

        Difference settled = bob.call(() -> differences.open(c, new DifferenceDraft("Who pays", null, List.of())));
        alice.call(() -> differences.resolve(settled.getId(), settled.getVersion(), "Split", "Fair", null));
        Difference stale = bob.call(() -> differences.open(c, new DifferenceDraft("Core hours", null, List.of())));
        dateBack("Difference", "lastActivityAt", stale.getId(), 30);
        bob.call(() -> differences.open(c, new DifferenceDraft("Rota", null, List.of())));

        FeedPost oldThanks = bob.call(() -> feed.recognize(c, "Hanna", "the first survey"));
        dateBack("FeedPost", "postedAt", oldThanks.getId(), 40);
        FeedPost thanks = bob.call(() -> feed.recognize(c, "Walter", "the works council's letter"));
        dateBack("FeedPost", "postedAt", thanks.getId(), 5);

        for (Phase to : List.of(Phase.TRUST_BUILDING, Phase.MAIN_INITIATIVE)) {
            long version = bob.call(() -> coalitions.open(c)).coalition().getVersion();
            bob.call(() -> coalitions.changePhase(c, version, to, false));
        }

        PlaybookFacts facts = factsBehindThePanel(c);

        assertEquals(Phase.MAIN_INITIATIVE, facts.phase());
        assertEquals(7, facts.stakeholders(), "stakeholders");
        assertEquals(3, facts.keyStakeholders(), "Anna, Ben and Cleo are key");
        assertEquals(2, facts.keyWithoutRecentOneOnOne(), "Cleo is unheard, Ben's stance changed since");
        assertEquals(2, facts.keyWithMotivations(), "Anna and Ben; Dirk is not key");
        assertEquals(2, facts.sponsors(), "alice and hank");
        assertEquals(3, facts.purposeRevisions(), "the wizard's and two more");
        assertEquals(1, facts.keySignedOn(), "Anna; Ben is considering, Dirk is not key");
        assertEquals(2, facts.completedQuickWins(), "not the abandoned nor the planned one");
        assertEquals(1, facts.completedQuickWinsWithKey(), "only Anna's pilot");
        assertTrue(facts.cadenceSet(), "the wizard set the cadence");
        assertEquals(14, facts.cadenceIntervalDays(), "every two weeks");
        assertEquals(2, facts.syncsHeld(), "syncs held");
        assertEquals(today.minusDays(3), facts.lastSyncOn(), "the latest sync");
        assertEquals(2, facts.approvedMilestones(), "Pilot and Rollout");
        assertEquals(3, facts.openTasksOnApproved(), "two of the pilot's, one of the rollout's; not the later one's");
        assertEquals(3, facts.differencesEver(), "differences ever");
        assertEquals(2, facts.openDifferences(), "all but the settled one");
        assertEquals(1, facts.staleDifferences(), "the one untouched for 30 days");
        assertEquals(4, facts.doubters(), "Ben, Dirk, Eva and Gus, key or not");
        assertEquals(today.minusDays(5), facts.lastRecognitionOn(), "the latest thank-you");
        assertEquals(4, facts.celebrations(), "both completed quick wins and both approvals are celebrated");
        assertFalse(facts.retrospectiveWritten(), "still open");
        assertEquals(0, facts.allies(), "still open");
        assertEquals(
                EngagementGap.of(cleo.getId(), cleo.getName(), 5, Engagement.RESISTANT, Engagement.LEADING),
                facts.widestKeyGap());

        Playbook panel = bob.call(() -> playbook.playbook(c));
        Set<String> done = panel.phases().stream()
                .flatMap(p -> p.items().stream())
                .filter(ChecklistItem::done)
                .map(ChecklistItem::id)
                .collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "stakeholders-mapped",
                        "sponsor-on-board",
                        "purpose-drafted",
                        "quick-win-with-key",
                        "rhythm-agreed",
                        "milestone-approved",
                        "syncs-on-rhythm",
                        "contributions-recognised",
                        "wins-celebrated"),
                done);
    }

    @Test
    void should_build_the_panel_with_the_same_number_of_statements_whatever_the_size() {
        long small = plain();
        long large = plain();
        bob.run(() -> {
            Stakeholder one = stakeholders.add(small, stakeholder("One", 5, Stance.SKEPTIC));
            talkTo(engagement, one.getId());
            for (int i = 0; i < 30; i++) {
                Stakeholder s = stakeholders.add(
                        large, stakeholder("Many " + i, 1 + i % 5, i % 3 == 0 ? Stance.SKEPTIC : Stance.SUPPORTER));
                if (i % 2 == 0) {
                    talkTo(engagement, s.getId());
                }
            }
        });
        int smallCount = bob.call(() -> sql.statementsOf(() -> playbook.playbook(small)));
        int largeCount = bob.call(() -> sql.statementsOf(() -> playbook.playbook(large)));
        assertEquals(smallCount, largeCount, "aggregate queries, not one per stakeholder");
        assertTrue(largeCount <= 40, largeCount + " statements");
    }
}
