package org.coalition.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.coalition.access.AccessDeniedException;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.network.InfluenceGraph.Ref;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.Refusal;
import org.coalition.stakeholder.DecisionRole;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
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
class InfluenceServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    InfluenceService influence;

    @EJB
    CoalitionService coalitions;

    @EJB
    StakeholderService stakeholders;

    @EJB
    InfluenceFixture fixture;

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
    AsErin erin;

    @EJB
    org.coalition.milestone.MilestoneService milestones;

    @EJB
    org.coalition.engagement.EngagementService engagement;

    /** A coalition of bob's with alice as sponsor and carol as observer. */
    private long coalition() {
        data.person("bob", "Engineering", false);
        data.person("alice", "Operations", true);
        data.person("carol", "Sales", false);
        data.person("erin", "Finance", false);
        long c = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Influence " + UUID.randomUUID().toString().substring(0, 8),
                        "Who has whose ear",
                        LocalDate.now().plusMonths(2))))
                .getId();
        data.grant(c, "alice", CoalitionRole.SPONSOR);
        data.grant(c, "carol", CoalitionRole.OBSERVER);
        return c;
    }

    private long stakeholder(long c, String name) {
        StakeholderDraft d = new StakeholderDraft();
        d.setName(name);
        d.setLevel(Level.DIRECTOR);
        d.setDepartment("Finance");
        d.setInfluence(4);
        d.setInterest(3);
        d.setResources(EnumSet.of(Resource.BUDGET));
        d.setStance(Stance.SKEPTIC);
        return bob.call(() -> stakeholders.add(c, d)).getId();
    }

    private static InfluenceLinkDraft link(Long from, String member, long to, int strength, String note) {
        return new InfluenceLinkDraft(from, member, to, InfluenceKind.TRUSTED_PEER, strength, note);
    }

    @Test
    void should_find_the_strongest_path_to_a_decision_maker_and_each_members_reach() {
        long c = coalition();
        long anna = stakeholder(c, "Anna Analyst");
        long ben = stakeholder(c, "Ben Engineer");
        long cfo = stakeholder(c, "Clara CFO");
        bob.call(() -> influence.record(c, link(null, "bob", anna, 3, "Lunch every Friday")));
        bob.call(() -> influence.record(c, link(anna, null, ben, 2, null)));
        bob.call(() -> influence.record(c, link(ben, null, cfo, 3, "Ben built her dashboard")));
        bob.call(() -> influence.markDecisionMaker(cfo, DecisionRole.APPROVER));

        InfluenceNetwork network = bob.call(() -> influence.network(c));
        var deciders = network.decisionMakers();
        assertEquals(
                List.of("Clara CFO"),
                deciders.stream().map(d -> d.person().name()).toList());
        var path = deciders.get(0).paths().get(0);
        var steps = network.steps(path);
        assertTrue(steps.get(0).member(), "from bob, a member");
        assertEquals(
                List.of("Anna Analyst", "Ben Engineer", "Clara CFO"),
                steps.subList(1, 4).stream().map(InfluenceNetwork.Person::name).toList());
        assertEquals(2, path.strength(), "as strong as its weakest link");
        assertEquals(
                "Ben Engineer", network.ear(Ref.stakeholder(cfo)).orElseThrow().name(), "ask Ben, who has Clara's ear");
        var bobsNode = steps.get(0);
        assertEquals(0, network.reach().get(bobsNode), "the CFO is three links away: out of reach");

        bob.call(() -> influence.markDecisionMaker(ben, DecisionRole.INFLUENCER));
        assertEquals(1, bob.call(() -> influence.network(c)).reach().get(bobsNode), "Ben is two links away");
        bob.call(() -> influence.markDecisionMaker(ben, null));
        assertEquals(
                1, bob.call(() -> influence.network(c)).decisionMakers().size(), "Ben is no decision maker any more");
    }

    @Test
    void should_refuse_self_links_duplicates_strangers_observers_as_sources_and_stale_edits() {
        long c = coalition();
        long other = coalition();
        long anna = stakeholder(c, "Anna");
        long ben = stakeholder(c, "Ben");
        long elsewhere = stakeholder(other, "Elsewhere");

        var self = assertThrows(
                RuleViolationException.class,
                () -> bob.call(() -> influence.record(c, link(anna, null, anna, 2, null))));
        assertEquals(Refusal.INFLUENCE_SELF, self.refusal());

        InfluenceLink first = bob.call(() -> influence.record(c, link(anna, null, ben, 2, null)));
        var twice = assertThrows(
                RuleViolationException.class,
                () -> bob.call(() -> influence.record(c, link(anna, null, ben, 3, null))));
        assertEquals(Refusal.INFLUENCE_EXISTS, twice.refusal());
        assertArrayEquals(new Object[] {"Anna", "Ben"}, twice.arguments());

        var stranger = assertThrows(
                RuleViolationException.class,
                () -> bob.call(() -> influence.record(c, link(elsewhere, null, ben, 2, null))));
        assertEquals(Refusal.INFLUENCE_OTHER_COALITION, stranger.refusal());

        var observer = assertThrows(
                RuleViolationException.class,
                () -> bob.call(() -> influence.record(c, link(null, "carol", ben, 2, null))));
        assertEquals(Refusal.INFLUENCE_NOT_MEMBER, observer.refusal());

        InfluenceLink revised = bob.call(
                () -> influence.revise(first.getId(), first.getVersion(), InfluenceKind.REPORTS_TO, 3, "closer now"));
        assertEquals(3, revised.getStrength());
        var stale = assertThrows(
                ConcurrentEditException.class,
                () -> bob.call(
                        () -> influence.revise(first.getId(), first.getVersion(), InfluenceKind.OTHER, 1, null)));
        assertEquals(Refusal.CONCURRENT_EDIT, stale.refusal());
        assertThrows(
                ConcurrentEditException.class,
                () -> bob.run(() -> influence.remove(first.getId(), first.getVersion())));
        bob.run(() -> influence.remove(first.getId(), revised.getVersion()));
        assertEquals(0, bob.call(() -> influence.countLinks(c, null)));
    }

    @Test
    void should_let_members_and_sponsors_edit_observers_read_without_notes_and_outsiders_nothing() {
        long c = coalition();
        long anna = stakeholder(c, "Anna");
        long ben = stakeholder(c, "Ben");
        bob.call(() -> influence.record(c, link(anna, null, ben, 2, "Private: they are cousins")));
        alice.call(() -> influence.record(c, link(null, "alice", anna, 1, "Sponsor's note")));
        alice.call(() -> influence.markDecisionMaker(ben, DecisionRole.VETO_HOLDER));

        List<InfluenceLinkRow> asMember = bob.call(() -> influence.links(c, null, 0, 10));
        assertEquals(
                List.of("Anna", "Ben"),
                asMember.stream().map(InfluenceLinkRow::toStakeholderName).toList(),
                "by whom they reach");
        assertTrue(asMember.get(0).fromMember(), "alice, a member, has Anna's ear");
        assertEquals("Private: they are cousins", asMember.get(1).note());
        assertTrue(asMember.get(1).recordedAt() != null
                && "bob".equals(asMember.get(1).recordedBy()));

        List<InfluenceLinkRow> asObserver = carol.call(() -> influence.links(c, null, 0, 10));
        assertEquals(2, asObserver.size(), "observers see the links");
        asObserver.forEach(row -> assertNull(row.note(), "but never the notes"));
        carol.call(() -> influence.linksAfter(c, null, 10))
                .forEach(row -> assertNull(row.note(), "nor in an export's pages"));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> influence.linksAfter(c, null, 10)));
        assertEquals(1, carol.call(() -> influence.network(c)).decisionMakers().size());
        var observerWrites = assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> influence.record(c, link(ben, null, anna, 2, null))));
        assertEquals(Refusal.ROLE_MAY_NOT, observerWrites.refusal());
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> influence.markDecisionMaker(anna, DecisionRole.APPROVER)));

        var outsider =
                assertThrows(AccessDeniedException.class, () -> erin.call(() -> influence.links(c, null, 0, 10)));
        assertEquals(Refusal.NO_ROLE, outsider.refusal());
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> influence.network(c)));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> influence.countLinks(c, null)));
        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> influence.record(c, link(ben, null, anna, 2, null))));

        assertEquals(
                List.of("Anna", "Ben"),
                bob.call(() -> influence.links(c, anna, 0, 10)).stream()
                        .map(InfluenceLinkRow::toStakeholderName)
                        .toList(),
                "Anna's links, from a member to her and from her");
        assertEquals(2, bob.call(() -> influence.countLinks(c, anna)));
    }

    private List<InfluenceLinkRow> linksAfter(long c, InfluenceLinkRow last) {
        return bob.call(() -> influence.linksAfter(c, last, 500));
    }

    @Test
    void should_read_a_network_of_500_people_and_3000_links_in_as_many_statements_as_a_small_one() {
        long small = coalition();
        long a = stakeholder(small, "Anna");
        long b = stakeholder(small, "Ben");
        bob.call(() -> influence.record(small, link(a, null, b, 2, null)));
        int smallNetwork = bob.call(() -> sql.statementsOf(() -> influence.network(small)));
        int smallPage = bob.call(() -> sql.statementsOf(() -> influence.links(small, null, 0, 50)));

        long large = coalition();
        data.grant(large, "erin", CoalitionRole.MEMBER);
        fixture.seed(large, 500, 3000, List.of("bob", "alice", "erin"));
        int largeNetwork = bob.call(() -> sql.statementsOf(() -> {
            InfluenceNetwork network = influence.network(large);
            assertEquals(503, network.people().size());
            assertEquals(3000, network.graph().edges().size());
            assertEquals(50, network.decisionMakers().size());
            assertEquals(3, network.reach().size());
            return network;
        }));
        int largePage = bob.call(() -> sql.statementsOf(() -> influence.links(large, null, 100, 50)));
        assertEquals(smallNetwork, largeNetwork, "the network's statements do not grow with it");
        assertTrue(largeNetwork <= 4, largeNetwork + " statements");
        assertEquals(smallPage, largePage, "a page of links costs the same whatever the coalition's size");
        assertTrue(largePage <= 2, largePage + " statements");
        assertEquals(50, bob.call(() -> influence.links(large, null, 100, 50)).size());
        assertEquals(3000, bob.call(() -> influence.countLinks(large, null)));

        // the export's pages: each starts after the last row of the one before, so every page costs one statement
        List<InfluenceLinkRow> read = new java.util.ArrayList<>();
        InfluenceLinkRow last = null;
        for (List<InfluenceLinkRow> page;
                !(page = linksAfter(large, last)).isEmpty();
                last = page.get(page.size() - 1)) {
            read.addAll(page);
        }
        assertEquals(3000, read.size());
        assertEquals(3000, read.stream().map(InfluenceLinkRow::id).distinct().count(), "every link once");
        assertEquals(
                read.stream()
                        .sorted(java.util.Comparator.comparingLong(InfluenceLinkRow::id))
                        .toList(),
                read,
                "as recorded");
        InfluenceLinkRow middle = read.get(2000);
        int latePage = bob.call(() -> sql.statementsOf(() -> influence.linksAfter(large, middle, 500)));
        assertTrue(latePage <= 2, "a late page costs what a first one does: " + latePage + " statements");

        // the decisions awaited at this size: ten milestones naming five approvers each cost what one naming one does
        List<Long> approvers = bob.call(() -> influence.network(large)).decisionMakers().stream()
                .map(dm -> dm.person().ref().id())
                .toList();
        assertEquals(50, approvers.size());
        for (int i = 0; i < 10; i++) {
            long m = proposed(large, "Decision " + i);
            java.util.Set<Long> five = java.util.Set.copyOf(approvers.subList(5 * i, 5 * i + 5));
            bob.run(() -> influence.nameDeciders(m, five));
        }
        long smallDecider = stakeholder(small, "Cleo");
        bob.call(() -> influence.markDecisionMaker(smallDecider, DecisionRole.APPROVER));
        long smallMilestone = proposed(small, "Decision");
        bob.run(() -> influence.nameDeciders(smallMilestone, java.util.Set.of(smallDecider)));
        // each measured with its network read once already (kept until the next change), and once after a change
        bob.call(() -> influence.decisions(small));
        bob.call(() -> influence.decisions(large));
        int smallDecisions = bob.call(() -> sql.statementsOf(() -> influence.decisions(small)));
        int largeDecisions = bob.call(() -> sql.statementsOf(() -> {
            List<PendingDecision> awaited = influence.decisions(large);
            assertEquals(10, awaited.size());
            assertTrue(awaited.stream().allMatch(d -> d.readiness().deciders().size() == 5), "five approvers each");
            return awaited;
        }));
        assertEquals(
                smallDecisions,
                largeDecisions,
                "the decisions' statements do not grow with the network or their number");
        bob.call(() -> influence.markDecisionMaker(approvers.get(0), DecisionRole.VETO_HOLDER));
        int afterChange = bob.call(() -> sql.statementsOf(() -> influence.decisions(large)));
        assertTrue(afterChange <= 6, "the network and two more statements: " + afterChange);
    }

    private long proposed(long coalition, String title) {
        return bob.call(() -> milestones.propose(
                        coalition,
                        new org.coalition.milestone.MilestoneDraft(
                                title, null, LocalDate.now().plusWeeks(3))))
                .getId();
    }

    @Test
    void should_say_a_decision_would_not_pass_on_an_unverified_approver_and_pass_after_a_one_on_one() {
        long c = coalition();
        long anna = stakeholder(c, "Anna");
        long cleo = stakeholder(c, "Cleo");
        bob.call(() -> influence.record(c, link(null, "bob", anna, 3, null)));
        bob.call(() -> influence.record(c, link(anna, null, cleo, 2, null)));
        long milestone = bob.call(() -> milestones.propose(
                        c,
                        new org.coalition.milestone.MilestoneDraft(
                                "Pilot in Finance", null, LocalDate.now().plusWeeks(3))))
                .getId();

        var notDecider = assertThrows(
                RuleViolationException.class,
                () -> bob.run(() -> influence.nameDeciders(milestone, java.util.Set.of(cleo))));
        assertEquals(Refusal.DECIDER_NOT_DECISION_MAKER, notDecider.refusal());
        bob.call(() -> influence.markDecisionMaker(cleo, DecisionRole.APPROVER));
        assertThrows(
                AccessDeniedException.class,
                () -> carol.run(() -> influence.nameDeciders(milestone, java.util.Set.of(cleo))));
        bob.run(() -> influence.nameDeciders(milestone, java.util.Set.of(cleo)));

        DecisionReadiness before = carol.call(() -> influence.readiness(milestone));
        assertTrue(before.named());
        assertTrue(!before.passes(), "Cleo's stance is only assumed");
        assertEquals(
                DecisionReadiness.Block.UNVERIFIED, before.blockers().get(0).block());
        assertEquals("Anna", before.blockers().get(0).ask().name(), "ask Anna, who has Cleo's ear");
        assertEquals(2, before.deciders().get(0).path().hops());
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> influence.readiness(milestone)));

        var talk = new org.coalition.engagement.ConversationDraft();
        talk.setNotes("She will back the pilot");
        talk.setStance(Stance.SUPPORTER);
        talk.setStanceReason("Said so in our one-on-one");
        bob.call(() -> engagement.log(cleo, talk));
        assertTrue(bob.call(() -> influence.readiness(milestone)).passes(), "verified supporter: it would pass today");

        List<PendingDecision> decisions = bob.call(() -> influence.decisions(c));
        assertEquals(
                List.of("Pilot in Finance"),
                decisions.stream().map(PendingDecision::title).toList());
        assertTrue(decisions.get(0).readiness().passes());
        assertTrue(
                bob.call(() -> sql.statementsOf(() -> influence.decisions(c))) <= 6,
                "the network and two more statements");
    }

    @Test
    void should_list_only_the_links_between_the_people_a_filter_shows() {
        long c = coalition();
        long anna = stakeholder(c, "Anna");
        long cleo = stakeholder(c, "Cleo");
        StakeholderDraft sales = new StakeholderDraft();
        sales.setName("Dev");
        sales.setLevel(Level.MANAGER);
        sales.setDepartment("Sales");
        sales.setInfluence(3);
        sales.setInterest(3);
        sales.setStance(Stance.SUPPORTER);
        long dev = bob.call(() -> stakeholders.add(c, sales)).getId();
        bob.call(() -> influence.record(c, link(null, "bob", anna, 3, null)));
        bob.call(() -> influence.record(c, link(anna, null, cleo, 2, null)));
        bob.call(() -> influence.record(c, link(dev, null, cleo, 1, null)));
        bob.call(() -> influence.record(c, link(null, "bob", dev, 1, null)));

        NetworkFilter finance = new NetworkFilter("Finance", null);
        assertEquals(2, carol.call(() -> influence.countShownLinks(c, finance)));
        assertEquals(
                List.of("Anna", "bob"),
                carol.call(() -> influence.shownLinks(c, finance, 0, 10)).stream()
                        .map(l -> l.fromStakeholderName() != null ? l.fromStakeholderName() : "bob")
                        .sorted()
                        .toList());
        assertEquals(
                0,
                bob.call(() -> influence.countShownLinks(c, new NetworkFilter("Finance", Stance.SUPPORTER))),
                "both are skeptics");
        assertEquals(
                1,
                bob.call(() -> influence.countShownLinks(c, new NetworkFilter(null, Stance.SUPPORTER))),
                "bob's link to Dev");
        assertEquals(4, bob.call(() -> influence.countShownLinks(c, NetworkFilter.NONE)));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> influence.shownLinks(c, finance, 0, 10)));
    }
}
