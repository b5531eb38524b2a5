package org.coalition.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.audit.AuditEntry;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.coalition.Phase;
import org.coalition.commonground.CommonGroundService;
import org.coalition.engagement.ConversationDraft;
import org.coalition.engagement.EngagementService;
import org.coalition.milestone.Milestone;
import org.coalition.milestone.MilestoneDraft;
import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.Task;
import org.coalition.milestone.TaskStatus;
import org.coalition.platform.BusinessException;
import org.coalition.platform.RuleViolationException;
import org.coalition.playbook.ClosingService;
import org.coalition.playbook.PlaybookService;
import org.coalition.playbook.RetrospectiveDraft;
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
import org.coalition.testsupport.AsFrank;
import org.coalition.testsupport.AsGina;
import org.coalition.testsupport.Caller;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every role against every action, through the real services as real callers. The expected table is
 * written out here, independently of {@link CoalitionAction}, and printed with the outcome.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

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
    MilestoneService milestones;

    @EJB
    AccessService accessService;

    @EJB
    AuditTrail audit;

    @EJB
    TestData data;

    @EJB
    PlaybookService playbook;

    @EJB
    ClosingService closings;

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

    @EJB
    AsFrank frank;

    @EJB
    AsGina gina;

    private static final List<String> ACTIONS = List.of(
            "view",
            "view notes",
            "edit stakeholders",
            "log conversations",
            "update own task",
            "propose milestone",
            "decide milestone",
            "manage access",
            "change phase",
            "archive",
            "read playbook");

    /** Expected: 1 allowed, 0 refused, in the order of ACTIONS. */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("sponsor", "11111110111");
        EXPECTED.put("member", "11111100101");
        EXPECTED.put("observer", "10000000001");
        EXPECTED.put("non-member employee", "00000000000");
        EXPECTED.put("department admin (lead department)", "10000001001");
        EXPECTED.put("department admin (other department)", "00000000000");
        EXPECTED.put("global admin", "10000001001");
    }

    /** A fresh coalition led by Engineering: alice sponsor, bob member, carol observer, with work to act on. */
    private record Fixture(
            long coalitionId,
            long stakeholderId,
            long milestoneId,
            long milestoneVersion,
            Map<String, Task> ownTasks) {}

    private Fixture fixture(boolean readyToArchive) {
        data.person("bob", "Engineering", false);
        data.person("alice", "Operations", true);
        data.person("carol", "Sales", false);
        data.person("erin", "Finance", false);
        data.person("frank", "Engineering", false);
        data.person("gina", "HR", false);
        data.person("dana", "HR", false);
        long c = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Matrix " + UUID.randomUUID().toString().substring(0, 8),
                        "Check every role",
                        LocalDate.now().plusMonths(2))))
                .getId();
        data.grant(c, "alice", CoalitionRole.SPONSOR);
        data.grant(c, "carol", CoalitionRole.OBSERVER);
        Stakeholder s = bob.call(() -> stakeholders.add(c, stakeholder("Existing")));
        Milestone m = bob.call(() -> milestones.propose(
                c, new MilestoneDraft("Pilot", null, LocalDate.now().plusWeeks(3))));
        Map<String, Task> tasks = new LinkedHashMap<>();
        tasks.put("alice", bob.call(() -> milestones.addTask(c, m.getId(), "Alice's task", "alice", null)));
        tasks.put("bob", bob.call(() -> milestones.addTask(c, m.getId(), "Bob's task", "bob", null)));
        if (readyToArchive) {
            for (Phase to : List.of(Phase.TRUST_BUILDING, Phase.MAIN_INITIATIVE, Phase.SUSTAINING)) {
                long version = bob.call(() -> coalitions.open(c)).coalition().getVersion();
                bob.call(() -> coalitions.changePhase(c, version, to, true));
            }
        }
        return new Fixture(c, s.getId(), m.getId(), m.getVersion(), tasks);
    }

    private static StakeholderDraft stakeholder(String name) {
        StakeholderDraft draft = new StakeholderDraft();
        draft.setName(name);
        draft.setLevel(Level.MANAGER);
        draft.setDepartment("Sales");
        draft.setResources(EnumSet.of(Resource.DATA));
        draft.setStance(Stance.NEUTRAL);
        return draft;
    }

    private void act(String action, Caller caller, String username, Fixture f) {
        long c = f.coalitionId();
        switch (action) {
            case "view" -> caller.call(() -> coalitions.open(c));
            case "view notes" -> caller.call(() -> commonGround.overlap(c));
            case "edit stakeholders" -> caller.call(() -> stakeholders.add(c, stakeholder("New")));
            case "log conversations" -> {
                ConversationDraft conversation = new ConversationDraft();
                conversation.setNotes("Talked");
                caller.call(() -> engagement.log(f.stakeholderId(), conversation));
            }
            case "update own task" -> {
                Task task = f.ownTasks().getOrDefault(username, f.ownTasks().get("bob"));
                caller.call(
                        () -> milestones.updateTask(task.getId(), task.getVersion(), TaskStatus.IN_PROGRESS, "On it"));
            }
            case "propose milestone" ->
                caller.call(() -> milestones.propose(
                        c, new MilestoneDraft("More", null, LocalDate.now().plusDays(9))));
            case "decide milestone" ->
                caller.call(() -> milestones.decide(f.milestoneId(), f.milestoneVersion(), true, "ok"));
            case "manage access" -> caller.call(() -> accessService.roles(c, 0, 25));
            case "change phase" -> {
                long version = bob.call(() -> coalitions.open(c)).coalition().getVersion();
                caller.call(() -> coalitions.changePhase(c, version, Phase.TRUST_BUILDING, false));
            }
            case "archive" -> {
                long version = bob.call(() -> coalitions.open(c)).coalition().getVersion();
                caller.call(() -> closings.close(c, version, new RetrospectiveDraft("Worked", "Repeat")));
            }
            case "read playbook" -> caller.call(() -> playbook.playbook(c));
            default -> throw new IllegalArgumentException(action);
        }
    }

    /** Whether the call went through; a refusal is an access exception, at the EJB or the membership level. */
    private boolean allowed(String action, Caller caller, String username) {
        Fixture f = fixture(action.equals("archive"));
        try {
            act(action, caller, username, f);
            return true;
        } catch (AccessDeniedException | EJBAccessException e) {
            return false;
        } catch (EJBException e) {
            if (e.getCause() instanceof EJBAccessException) {
                return false;
            }
            throw e;
        } catch (RuleViolationException e) {
            throw new AssertionError(
                    username + " / " + action + " broke a rule instead of being allowed or refused: " + e.getMessage(),
                    e);
        } catch (BusinessException e) {
            throw new AssertionError(username + " / " + action + ": " + e.getMessage(), e);
        }
    }

    @Test
    void should_allow_each_role_exactly_what_the_access_table_says() {
        Map<String, Object[]> callers = new LinkedHashMap<>();
        callers.put("sponsor", new Object[] {alice, "alice"});
        callers.put("member", new Object[] {bob, "bob"});
        callers.put("observer", new Object[] {carol, "carol"});
        callers.put("non-member employee", new Object[] {erin, "erin"});
        callers.put("department admin (lead department)", new Object[] {frank, "frank"});
        callers.put("department admin (other department)", new Object[] {gina, "gina"});
        callers.put("global admin", new Object[] {dana, "dana"});

        StringBuilder printed = new StringBuilder(String.format("%n%-38s", "role \\ action"));
        ACTIONS.forEach(a -> printed.append(String.format("| %-18s", a)));
        StringBuilder mismatches = new StringBuilder();
        callers.forEach((role, who) -> {
            StringBuilder actual = new StringBuilder();
            printed.append(String.format("%n%-38s", role));
            for (String action : ACTIONS) {
                boolean ok = allowed(action, (Caller) who[0], (String) who[1]);
                actual.append(ok ? '1' : '0');
                printed.append(String.format("| %-18s", ok ? "allowed" : "refused"));
            }
            if (!actual.toString().equals(EXPECTED.get(role))) {
                mismatches
                        .append(role)
                        .append(": expected ")
                        .append(EXPECTED.get(role))
                        .append(" got ")
                        .append(actual)
                        .append('\n');
            }
        });
        System.out.println("Authorization matrix:" + printed);
        assertEquals("", mismatches.toString(), "Authorization matrix:" + printed);
    }

    @Test
    void should_grant_and_revoke_across_departments_with_an_audit_entry_and_sponsors_only_among_executives() {
        Fixture f = fixture(false);
        long c = f.coalitionId();
        frank.run(() -> accessService.grant(c, "erin", CoalitionRole.MEMBER));
        assertTrue(
                erin.call(() -> coalitions.open(c)).may(CoalitionAction.UPDATE_OWN_TASK),
                "erin (Finance) is a member now");

        var notExecutive = assertThrows(
                RuleViolationException.class,
                () -> frank.run(() -> accessService.grant(c, "erin", CoalitionRole.SPONSOR)));
        assertTrue(notExecutive.getMessage().contains("only executives"));
        assertThrows(
                AccessDeniedException.class,
                () -> gina.run(() -> accessService.grant(c, "gina", CoalitionRole.MEMBER)),
                "a department admin of another department manages nothing here");
        assertThrows(
                EJBAccessException.class,
                () -> bob.run(() -> accessService.grant(c, "erin", CoalitionRole.OBSERVER)),
                "members do not manage access");

        dana.run(() -> accessService.revoke(c, "erin"));
        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> coalitions.open(c)),
                "refused on the very next request");

        List<String> actions = alice.call(() -> audit.list(c, 0, 50)).stream()
                .map(AuditEntry::getAction)
                .toList();
        assertTrue(actions.contains("access.granted") && actions.contains("access.revoked"), actions.toString());
        AuditEntry revoked = alice.call(() -> audit.list(c, 0, 50)).stream()
                .filter(e -> e.getAction().equals("access.revoked"))
                .findFirst()
                .orElseThrow();
        assertEquals("dana", revoked.getActor());
        assertEquals("MEMBER", revoked.getOldValue());
        assertTrue(
                frank.call(() -> accessService.manageable(null, 0, AccessService.MAX_PAGE)).stream()
                        .anyMatch(l -> l.id() == c),
                "Engineering leads it");
        assertTrue(gina.call(() -> accessService.manageable(null, 0, AccessService.MAX_PAGE)).stream()
                .noneMatch(l -> l.id() == c));
    }
}
