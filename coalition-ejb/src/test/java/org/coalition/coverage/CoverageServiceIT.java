package org.coalition.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.access.AccessDeniedException;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.health.FactsQuery;
import org.coalition.health.HealthFacts;
import org.coalition.health.HealthThresholds;
import org.coalition.platform.NotFoundException;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.Refusal;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
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
class CoverageServiceIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    CoverageService coverage;

    @EJB
    CoalitionService coalitions;

    @EJB
    StakeholderService stakeholders;

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

    /** A coalition of bob's (member, Engineering) with alice (executive, Operations) as sponsor and carol as observer. */
    private long coalition() {
        data.person("bob", "Engineering", false);
        data.person("alice", "Operations", true);
        data.person("carol", "Sales", false);
        data.person("erin", "Finance", false);
        long c = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Coverage " + UUID.randomUUID().toString().substring(0, 8),
                        "Cover what the change touches",
                        LocalDate.now().plusMonths(2))))
                .getId();
        data.grant(c, "alice", CoalitionRole.SPONSOR);
        data.grant(c, "carol", CoalitionRole.OBSERVER);
        return c;
    }

    private static StakeholderDraft draft(String name, String department, Level level, int influence, Stance stance) {
        StakeholderDraft d = new StakeholderDraft();
        d.setName(name);
        d.setLevel(level);
        d.setDepartment(department);
        d.setInfluence(influence);
        d.setInterest(3);
        d.setResources(EnumSet.of(Resource.BUDGET));
        d.setStance(stance);
        return d;
    }

    private long stakeholder(long c, String name, String department, Level level, int influence, Stance stance) {
        return bob.call(() -> stakeholders.add(c, draft(name, department, level, influence, stance)))
                .getId();
    }

    private void turn(long stakeholderId, Stance stance) {
        data.update(
                "UPDATE Stakeholder s SET s.stance = :stance WHERE s.id = :id",
                Map.of("stance", stance, "id", stakeholderId));
    }

    private static List<String> names(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::name).toList();
    }

    private static List<String> holeIds(CoverageReport report) {
        return report.coverage().holes().stream().map(Coverage.Hole::id).toList();
    }

    @Test
    void
            should_name_a_department_hole_suggest_whom_could_fill_it_and_fill_it_when_they_turn_supporter_and_are_tagged() {
        long c = coalition();
        long fiona = stakeholder(c, "Fiona", "Finance", Level.DIRECTOR, 5, Stance.NEUTRAL);
        stakeholder(c, "Frank", "Finance", Level.MANAGER, 4, Stance.NEUTRAL);
        stakeholder(c, "Felix", "Finance", Level.EXECUTIVE, 3, Stance.OPPONENT);
        long gil = stakeholder(c, "Gil", "Sales", Level.MANAGER, 2, Stance.SKEPTIC);

        CoverageReport before = bob.call(() -> coverage.report(c));
        assertEquals(
                List.of("Q:POSITION_POWER", "Q:EXPERTISE", "Q:CREDIBILITY", "Q:LEADERSHIP", "L:finance", "L:sales"),
                holeIds(before),
                "nobody tagged: every quality missing; Finance (weight 12) before Sales (2)");
        Coverage.Hole finance = before.coverage().holes().get(4);
        assertEquals(
                new Coverage.Hole(Coverage.Kind.LEVEL, "Finance", Level.DIRECTOR, null, 12),
                finance,
                "the default need is director level; the weight is the influence of its people");
        assertEquals(
                List.of("Fiona", "Felix"),
                names(before.suggestionsFor(finance)),
                "at director level or above, not yet supportive, the most influential first; the manager is not enough");
        assertEquals(
                List.of("Fiona", "Frank", "Felix"),
                names(before.suggestionsFor(Coverage.Hole.quality(Quality.LEADERSHIP))),
                "three at most, by influence");
        assertTrue(
                before.suggestionsFor(before.coverage().holes().get(5)).isEmpty(),
                "a Sales manager cannot fill a director hole");

        turn(fiona, Stance.SUPPORTER);
        CoverageReport turned = bob.call(() -> coverage.report(c));
        assertFalse(holeIds(turned).contains("L:finance"), "a supporter at director level covers Finance");
        Coverage.Row financeRow = turned.coverage().rows().get(0);
        assertTrue(financeRow.covered());
        assertEquals(1, financeRow.cells().get(Level.DIRECTOR.ordinal()).supporters());
        assertEquals(
                "Fiona",
                turned.suggestionsFor(Coverage.Hole.quality(Quality.LEADERSHIP))
                        .get(0)
                        .name(),
                "a supporter comes first: a tag is all it takes");

        bob.call(() -> coverage.tagStakeholder(c, fiona, Quality.LEADERSHIP));
        bob.call(() -> coverage.tagStakeholder(c, fiona, Quality.LEADERSHIP));
        bob.call(() -> coverage.tagMember(c, "alice", Quality.POSITION_POWER));
        TagRow waiting = bob.call(() -> coverage.tagStakeholder(c, gil, Quality.CREDIBILITY));
        assertFalse(waiting.counts(), "a skeptic's tag waits until they support us");
        assertEquals(3, bob.call(() -> coverage.tagCount(c)), "tagging again changes nothing");

        CoverageReport tagged = bob.call(() -> coverage.report(c));
        assertEquals(
                EnumSet.of(Quality.LEADERSHIP, Quality.POSITION_POWER),
                tagged.coverage().carried());
        assertEquals(List.of("Q:EXPERTISE", "Q:CREDIBILITY", "L:sales"), holeIds(tagged));
        assertEquals(
                1,
                tagged.coverage()
                        .rows()
                        .get(0)
                        .cells()
                        .get(Level.DIRECTOR.ordinal())
                        .carrying(Quality.LEADERSHIP));
        assertFalse(
                names(tagged.suggestionsFor(Coverage.Hole.quality(Quality.CREDIBILITY)))
                        .contains("Gil"),
                "someone already tagged with it is not suggested for it");
        List<TagRow> tags = carol.call(() -> coverage.tags(c, 0, 10));
        assertEquals(
                List.of("Gil", "alice", "Fiona"),
                tags.stream().map(TagRow::name).toList(),
                "the latest first; observers read");

        // the health advisor counts the two qualities nobody brings, in the database as from the rows
        HealthFacts counted = data.with(em -> new FactsQuery(em)
                .health(List.of(c), TODAY, HealthThresholds.DEFAULTS, false)
                .get(c));
        HealthFacts reference =
                data.with(em -> HealthFacts.of(new FactsQuery(em).read(c), HealthThresholds.DEFAULTS, TODAY));
        assertEquals(3, counted.coverageTags());
        assertEquals(2, counted.qualitiesCarried());
        assertEquals(2, counted.missingQualities());
        assertEquals(reference.coverageTags(), counted.coverageTags());
        assertEquals(reference.qualitiesCarried(), counted.qualitiesCarried());

        long fionaTag = tags.get(2).id();
        bob.run(() -> coverage.untag(fionaTag));
        assertTrue(holeIds(bob.call(() -> coverage.report(c))).contains("Q:LEADERSHIP"));
    }

    @Test
    void should_count_members_at_their_level_and_only_the_departments_the_coalition_names_once_it_names_one() {
        long c = coalition();
        stakeholder(c, "Fiona", "Finance", Level.DIRECTOR, 5, Stance.NEUTRAL);
        assertEquals(
                Level.EXECUTIVE,
                alice.call(() -> coverage.members(c)).stream()
                        .filter(m -> m.username().equals("alice"))
                        .findFirst()
                        .orElseThrow()
                        .counted(),
                "an executive counts as one");

        TouchedDepartment engineering = bob.call(() -> coverage.touch(c, " Engineering ", Level.DIRECTOR));
        assertEquals("Engineering", engineering.getDepartment());
        CoverageReport named = bob.call(() -> coverage.report(c));
        assertEquals(
                List.of("Engineering"),
                named.coverage().rows().stream().map(r -> r.department().name()).toList(),
                "once named, only the named departments count");
        assertFalse(
                named.coverage().rows().get(0).covered(),
                "bob counts as an individual contributor until his level is known");

        MemberLevel bobAt = bob.call(() -> coverage.setMemberLevel(c, "bob", Level.DIRECTOR));
        assertEquals(Level.DIRECTOR, bobAt.counted());
        assertTrue(
                bob.call(() -> coverage.report(c)).coverage().rows().get(0).covered(),
                "a member at director level covers it");

        RuleViolationException again = assertThrows(
                RuleViolationException.class, () -> bob.call(() -> coverage.touch(c, "engineering", Level.DIRECTOR)));
        assertEquals(Refusal.DEPARTMENT_TOUCHED_ALREADY, again.refusal());
        bob.call(() -> coverage.touch(c, "engineering", Level.EXECUTIVE));
        assertFalse(
                bob.call(() -> coverage.report(c)).coverage().rows().get(0).covered(), "now an executive is needed");

        bob.run(() -> coverage.untouch(c, "ENGINEERING"));
        assertEquals(
                List.of("Finance"),
                bob.call(() -> coverage.report(c)).coverage().rows().stream()
                        .map(r -> r.department().name())
                        .toList(),
                "none named: the stakeholders' departments again");
    }

    @Test
    void should_let_sponsors_and_members_tag_observers_read_and_refuse_outsiders_and_others_people() {
        long c = coalition();
        long fiona = stakeholder(c, "Fiona", "Finance", Level.DIRECTOR, 5, Stance.SUPPORTER);
        long other = coalition();
        long stranger = stakeholder(other, "Stranger", "Finance", Level.DIRECTOR, 5, Stance.SUPPORTER);

        alice.call(() -> coverage.tagMember(c, "bob", Quality.EXPERTISE));
        bob.call(() -> coverage.tagStakeholder(c, fiona, Quality.CREDIBILITY));
        assertEquals(
                2, carol.call(() -> coverage.report(c)).coverage().carried().size(), "an observer reads the coverage");

        AccessDeniedException observer = assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> coverage.tagStakeholder(c, fiona, Quality.LEADERSHIP)));
        assertEquals(Refusal.ROLE_MAY_NOT, observer.refusal());
        assertThrows(AccessDeniedException.class, () -> carol.call(() -> coverage.touch(c, "Sales", Level.MANAGER)));
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> coverage.setMemberLevel(c, "carol", Level.MANAGER)));
        AccessDeniedException outsider =
                assertThrows(AccessDeniedException.class, () -> erin.call(() -> coverage.report(c)));
        assertEquals(Refusal.NO_ROLE, outsider.refusal());
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> coverage.tags(c, 0, 10)));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> coverage.members(c)));

        RuleViolationException elsewhere = assertThrows(
                RuleViolationException.class,
                () -> bob.call(() -> coverage.tagStakeholder(c, stranger, Quality.LEADERSHIP)));
        assertEquals(Refusal.COVERAGE_OTHER_COALITION, elsewhere.refusal());
        RuleViolationException notMember = assertThrows(
                RuleViolationException.class, () -> bob.call(() -> coverage.tagMember(c, "carol", Quality.LEADERSHIP)));
        assertEquals(
                Refusal.COVERAGE_NOT_MEMBER, notMember.refusal(), "observers are not part of the guiding coalition");
        NotFoundException gone = assertThrows(NotFoundException.class, () -> bob.run(() -> coverage.untag(-1)));
        assertEquals(Refusal.NO_COVERAGE_TAG, gone.refusal());
        long tagId = bob.call(() -> coverage.tags(c, 0, 1)).get(0).id();
        assertThrows(AccessDeniedException.class, () -> erin.run(() -> coverage.untag(tagId)));
    }

    @Test
    void should_read_the_coverage_of_2000_stakeholders_in_20_departments_in_as_many_statements_as_of_three() {
        long small = coalition();
        stakeholder(small, "Fiona", "Finance", Level.DIRECTOR, 5, Stance.NEUTRAL);
        stakeholder(small, "Sam", "Sales", Level.MANAGER, 3, Stance.SUPPORTER);
        stakeholder(small, "Lea", "Legal", Level.EXECUTIVE, 4, Stance.CHAMPION);
        int smallReport = bob.call(() -> sql.statementsOf(() -> coverage.report(small)));
        int smallTags = bob.call(() -> sql.statementsOf(() -> coverage.tags(small, 0, 25)));

        long large = coalition();
        data.with(em -> {
            Coalition coalition = em.find(Coalition.class, large);
            Level[] levels = Level.values();
            Stance[] stances = Stance.values();
            for (int i = 0; i < 2000; i++) {
                Stakeholder s = new Stakeholder(
                        coalition,
                        draft("Person " + i, "Department " + (i % 20), levels[i % 4], 1 + i % 5, stances[i % 5]),
                        null,
                        TODAY);
                em.persist(s);
                if (i % 4 == 0) {
                    em.persist(CoverageTag.ofStakeholder(s, Quality.values()[i % 3], "test", java.time.Instant.now()));
                }
            }
            return null;
        });
        int largeReport = bob.call(() -> sql.statementsOf(() -> coverage.report(large)));
        int largeTags = bob.call(() -> sql.statementsOf(() -> coverage.tags(large, 0, 25)));
        CoverageReport report = bob.call(() -> coverage.report(large));
        assertEquals(20, report.coverage().rows().size());
        assertTrue(
                report.coverage().holes().size() > 1, report.coverage().holes().toString());
        report.suggestions().values().forEach(s -> assertTrue(s.size() <= CoverageService.SUGGESTIONS));
        assertTrue(
                largeReport <= smallReport,
                "the report costs no more whatever the register's size: " + smallReport + "/" + largeReport);
        assertTrue(largeReport <= 4, largeReport + " statements (the access check, departments, cells, suggestions)");
        assertTrue(largeTags <= smallTags, smallTags + "/" + largeTags);
        assertTrue(largeTags <= 2, largeTags + " statements");
    }
}
