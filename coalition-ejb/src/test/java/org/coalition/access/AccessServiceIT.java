package org.coalition.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionListing;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.coalition.MemberListing;
import org.coalition.people.Person;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.AsDana;
import org.coalition.testsupport.AsErin;
import org.coalition.testsupport.AsGina;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.SqlCounter;
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The access console's lists, a page at a time, with the same rules as before. */
@ExtendWith(ArquillianExtension.class)
class AccessServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    AccessService access;

    @EJB
    CoalitionService coalitions;

    @EJB
    SqlCounter sql;

    @EJB
    TestData data;

    @EJB
    AsBob bob;

    @EJB
    AsDana dana;

    @EJB
    AsErin erin;

    @EJB
    AsGina gina;

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private long coalition(String name) {
        return bob.call(() -> coalitions.propose(
                        new CoalitionDraft(name, "Access", LocalDate.now().plusMonths(2))))
                .getId();
    }

    @Test
    void should_find_people_a_page_at_a_time_by_department_and_name() {
        String tag = tag();
        for (int i = 29; i >= 0; i--) {
            data.person(String.format("p%s%02d", tag, i), "Dept " + tag + (i < 15 ? "a" : "b"), false);
        }
        List<Person> first = dana.call(() -> access.people(tag, 0, 10));
        assertEquals(
                IntStream.range(0, 10)
                        .mapToObj(i -> String.format("p%s%02d", tag, i))
                        .toList(),
                first.stream().map(Person::getUsername).toList(),
                "by department, then name; the page's size");
        assertEquals(
                List.of(String.format("p%s%02d", tag, 25)),
                dana.call(() -> access.people(tag, 25, 1)).stream()
                        .map(Person::getUsername)
                        .toList());
        assertEquals(30, dana.call(() -> access.countPeople(tag)));
        assertEquals(15, dana.call(() -> access.countPeople("dept " + tag + "b")), "the department is searched too");
        assertEquals(0, dana.call(() -> access.countPeople(tag + "%")), "LIKE's own characters are plain text");
        assertTrue(
                dana.call(() -> access.people(null, 0, 100_000)).size() <= AccessService.MAX_PAGE,
                "never more than a page");
        assertThrows(
                EJBAccessException.class,
                () -> erin.call(() -> access.people(tag, 0, 10)),
                "employees do not manage access");
    }

    @Test
    void should_list_departments_a_page_at_a_time_in_order() {
        String tag = tag();
        List.of("c", "a", "b").forEach(d -> data.person("d" + tag + d, "Zz " + tag + " " + d, false));
        List<String> all = dana.call(() -> access.departments(0, AccessService.MAX_PAGE));
        assertEquals(all.stream().sorted().toList(), all);
        assertTrue(
                all.containsAll(List.of("Zz " + tag + " a", "Zz " + tag + " b", "Zz " + tag + " c")), all.toString());
        assertEquals(all.size(), dana.call(() -> access.countDepartments()));
        assertEquals(all.subList(1, 3), dana.call(() -> access.departments(1, 2)));
    }

    @Test
    void should_page_the_roles_of_a_coalition_by_role_and_name_with_the_same_statements_whatever_its_size() {
        String tag = tag();
        long c = coalition("Roles " + tag);
        int before = dana.call(() -> sql.statementsOf(() -> access.roles(c, 0, 25)));
        for (int i = 0; i < 30; i++) {
            data.person("r" + tag + i, "Sales", false);
            data.grant(c, "r" + tag + i, i % 3 == 0 ? CoalitionRole.OBSERVER : CoalitionRole.MEMBER);
        }
        int after = dana.call(() -> sql.statementsOf(() -> access.roles(c, 0, 25)));
        assertEquals(before, after);
        assertTrue(after <= 2, after + " statements");

        List<MemberListing> all = dana.call(() -> access.roles(c, 0, AccessService.MAX_PAGE));
        assertEquals(31, all.size(), "the proposer and thirty more");
        assertEquals(
                all.stream()
                        .sorted(java.util.Comparator.comparing(
                                        (MemberListing m) -> m.role().name())
                                .thenComparing(MemberListing::displayName))
                        .toList(),
                all,
                "by role, then name");
        assertEquals(31, dana.call(() -> access.countRoles(c)));
        assertEquals(all.subList(10, 20), dana.call(() -> access.roles(c, 10, 10)));
        assertEquals(all.subList(25, 31), dana.call(() -> access.roles(c, 25, 10)));
        assertThrows(
                AccessDeniedException.class,
                () -> gina.call(() -> access.roles(c, 0, 10)),
                "a department admin of another department manages nothing here");
        assertThrows(AccessDeniedException.class, () -> gina.call(() -> access.countRoles(c)));
        assertThrows(AccessDeniedException.class, () -> gina.call(() -> access.manageable(c)));
    }

    @Test
    void should_offer_the_manageable_coalitions_by_name_a_page_at_a_time() {
        String tag = tag();
        long b = coalition("Mb " + tag);
        long a = coalition("Ma " + tag);
        assertEquals(
                List.of(a, b),
                dana.call(() -> access.manageable(tag, 0, 10)).stream()
                        .map(CoalitionListing::id)
                        .toList());
        assertEquals(
                List.of(b),
                dana.call(() -> access.manageable(tag, 1, 10)).stream()
                        .map(CoalitionListing::id)
                        .toList());
        assertEquals(2, dana.call(() -> access.countManageable(tag)));
        assertEquals(0, gina.call(() -> access.countManageable(tag)), "gina's department leads neither");
        assertEquals("Ma " + tag, dana.call(() -> access.manageable(a)).name());
    }
}
