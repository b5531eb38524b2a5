package org.coalition.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.AsDana;
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
class AllyNetworkServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    AllyNetworkService network;

    @EJB
    CoalitionService coalitions;

    @EJB
    StakeholderService stakeholders;

    @EJB
    SqlCounter sql;

    @EJB
    TestData data;

    @EJB
    AsBob bob;

    @EJB
    AsErin erin;

    @EJB
    AsDana dana;

    private long coalition(String prefix) {
        return bob.call(() -> coalitions.propose(new CoalitionDraft(
                        prefix + " " + UUID.randomUUID().toString().substring(0, 6),
                        "Allies",
                        LocalDate.now().plusMonths(2))))
                .getId();
    }

    private void stakeholder(long c, String name, String department, Stance stance) {
        StakeholderDraft d = new StakeholderDraft();
        d.setName(name);
        d.setLevel(Level.MANAGER);
        d.setDepartment(department);
        d.setInfluence(3);
        d.setInterest(3);
        d.setResources(EnumSet.of(Resource.DATA));
        d.setStance(stance);
        bob.run(() -> stakeholders.add(c, d));
    }

    @Test
    void should_show_people_of_the_callers_coalitions_only_and_everyone_to_administrators() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long mine = coalition("Mine");
        long others = coalition("Others");
        data.grant(mine, "erin", CoalitionRole.MEMBER);
        stakeholder(mine, "Ally " + tag, "Finance", Stance.SUPPORTER);
        stakeholder(others, "Hidden " + tag, "Finance", Stance.CHAMPION);

        var erinSees =
                erin
                        .call(() -> network.network("Finance", true, false, 0, AllyNetworkService.MAX_PAGE))
                        .people()
                        .stream()
                        .map(AllyNetwork.Person::name)
                        .toList();
        assertTrue(erinSees.contains("Ally " + tag), erinSees.toString());
        assertFalse(erinSees.contains("Hidden " + tag), "not in a coalition of hers: " + erinSees);
        var danaSees =
                dana
                        .call(() -> network.network("Finance", true, false, 0, AllyNetworkService.MAX_PAGE))
                        .people()
                        .stream()
                        .map(AllyNetwork.Person::name)
                        .toList();
        assertTrue(danaSees.containsAll(java.util.List.of("Ally " + tag, "Hidden " + tag)), "administrators see all");
    }

    @Test
    void should_read_the_network_with_the_same_number_of_statements_whatever_its_size() {
        long c = coalition("Size");
        int before = bob.call(() -> sql.statementsOf(() -> network.network(null, false, false, 0, 25)));
        for (int i = 0; i < 20; i++) {
            stakeholder(c, "Person " + i, "Dept " + i % 3, Stance.values()[i % 5]);
        }
        int after = bob.call(() -> sql.statementsOf(() -> network.network(null, false, false, 0, 25)));
        assertEquals(before, after);
        assertTrue(after <= 4, after + " statements");
    }

    @Test
    void should_read_only_the_page_while_nothing_changes_and_count_afresh_after_a_change() {
        String department = "Cached " + UUID.randomUUID().toString().substring(0, 6);
        long c = coalition("Cached");
        for (int i = 0; i < 3; i++) {
            stakeholder(c, "Cached person " + i, department, Stance.SUPPORTER);
        }
        var first = bob.call(() -> network.network(department, false, false, 0, 2));
        assertEquals(3, first.total());
        int nextPage = bob.call(() -> sql.statementsOf(() -> network.network(department, false, false, 2, 2)));
        assertEquals(1, nextPage, "the totals of the same search come from the cache");

        stakeholder(c, "Cached person 3", department, Stance.SUPPORTER);
        assertEquals(
                4,
                bob.call(() -> network.network(department, false, false, 0, 2)).total(),
                "a change counts afresh");
    }

    @Test
    void should_list_a_page_of_people_by_name_and_count_them_all() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String department = "Dept " + tag;
        long c = coalition("Paged");
        data.grant(c, "erin", CoalitionRole.MEMBER);
        for (int i = 29; i >= 0; i--) {
            stakeholder(c, String.format("P%s %02d", tag, i), department, Stance.values()[i % 5]);
        }

        AllyNetwork firstPage = erin.call(() -> network.network(department, false, false, 0, 10));
        assertEquals(30, firstPage.total());
        assertEquals(
                java.util.stream.IntStream.range(0, 10)
                        .mapToObj(i -> String.format("P%s %02d", tag, i))
                        .toList(),
                firstPage.people().stream().map(AllyNetwork.Person::name).toList(),
                "by name, the page's size");
        AllyNetwork lastPage = erin.call(() -> network.network(department, false, false, 20, 10));
        assertEquals(
                String.format("P%s %02d", tag, 20), lastPage.people().get(0).name());
        assertEquals(10, lastPage.people().size());
        assertEquals(30, lastPage.coalitions().get(0).people(), "the coalition counts everyone, not only the page");
        assertEquals(
                0,
                erin.call(() -> network.network(department, false, false, 30, 10))
                        .people()
                        .size());
        assertEquals(
                12,
                erin.call(() -> network.network(department, true, false, 0, 50)).total(),
                "supporters and champions only");
    }

    @Test
    void should_find_people_by_part_of_their_name_literally_and_page_the_matches() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String department = "Search " + tag;
        long c = coalition("Named");
        data.grant(c, "erin", CoalitionRole.MEMBER);
        for (int i = 0; i < 12; i++) {
            stakeholder(c, String.format("Novak%s %02d", tag, i), department, Stance.NEUTRAL);
        }
        stakeholder(c, "Grant" + tag, department, Stance.SUPPORTER);
        stakeholder(c, "100%_sure" + tag, department, Stance.SUPPORTER);

        AllyNetwork found = erin.call(() ->
                network.network(department, "novak" + tag.toUpperCase(java.util.Locale.ROOT), false, false, 0, 5));
        assertEquals(12, found.total(), "any case");
        assertEquals(5, found.people().size(), "a page of the matches");
        assertEquals(String.format("Novak%s 00", tag), found.people().get(0).name());
        assertEquals(
                List.of("Grant" + tag),
                erin.call(() -> network.network(department, " grant ", false, false, 0, 25)).people().stream()
                        .map(AllyNetwork.Person::name)
                        .toList());
        assertEquals(
                List.of("100%_sure" + tag),
                erin.call(() -> network.network(department, "%_", false, false, 0, 25)).people().stream()
                        .map(AllyNetwork.Person::name)
                        .toList(),
                "% and _ are letters, not wildcards");
        assertEquals(
                14,
                erin.call(() -> network.network(department, "  ", false, false, 0, 25))
                        .total(),
                "blank: everyone");
    }

    @Test
    void should_show_one_person_across_coalitions_on_one_row() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long first = coalition("One");
        long second = coalition("Two");
        data.grant(first, "erin", CoalitionRole.MEMBER);
        data.grant(second, "erin", CoalitionRole.MEMBER);
        stakeholder(first, "Lena " + tag, "Legal " + tag, Stance.SUPPORTER);
        stakeholder(second, " lena " + tag.toUpperCase(java.util.Locale.ROOT) + " ", "legal " + tag, Stance.SKEPTIC);

        AllyNetwork found = erin.call(() -> network.network("Legal " + tag, false, false, 0, 25));
        assertEquals(1, found.total());
        assertEquals(2, found.people().get(0).parts().size(), found.people().toString());
        assertEquals(2, found.coalitions().size());
    }
}
