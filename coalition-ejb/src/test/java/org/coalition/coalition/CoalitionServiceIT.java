package org.coalition.coalition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coalition.access.AccessDeniedException;
import org.coalition.access.CoalitionAction;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.NotFoundException;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.AsCarol;
import org.coalition.testsupport.AsDana;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class CoalitionServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    CoalitionService coalitions;

    @EJB
    TestData data;

    @EJB
    AsBob bob;

    @EJB
    AsCarol carol;

    @EJB
    AsDana dana;

    private static CoalitionDraft draft(String name) {
        return new CoalitionDraft(
                name, "Let teams choose their core hours", LocalDate.now().plusMonths(3));
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Coalition proposedByBob(String name) {
        return bob.call(() -> coalitions.propose(draft(name)));
    }

    private static boolean lists(List<CoalitionListing> listings, long id, CoalitionRole role) {
        return listings.stream().anyMatch(l -> l.id() == id && l.role() == role);
    }

    @Test
    void should_make_the_proposer_its_first_member() {
        Coalition coalition = proposedByBob(unique("Flexible work hours"));

        List<CoalitionListing> mine = bob.call(() -> coalitions.listMine(0, 500));
        assertTrue(lists(mine, coalition.getId(), CoalitionRole.MEMBER), "bob is listed as member");
        CoalitionOverview overview = bob.call(() -> coalitions.open(coalition.getId()));
        assertEquals(CoalitionRole.MEMBER, overview.viewerRole());
        assertEquals(
                List.of("bob"),
                overview.people().stream().map(MemberListing::username).toList());
        assertTrue(overview.may(CoalitionAction.EDIT_COALITION));
        assertEquals(Phase.DISCOVERY, overview.coalition().getPhase());
    }

    @Test
    void should_give_pages_without_a_member_list_the_heading_alone_and_refuse_it_as_open_does() {
        Coalition coalition = proposedByBob(unique("Quiet meeting rooms"));
        data.grant(coalition.getId(), "carol", CoalitionRole.OBSERVER);

        CoalitionOverview full = carol.call(() -> coalitions.open(coalition.getId()));
        CoalitionOverview heading = carol.call(() -> coalitions.heading(coalition.getId()));
        assertEquals(2, full.people().size());
        assertEquals(List.of(), heading.people(), "no copy of the members for a page that lists none");
        assertEquals(full.viewerRole(), heading.viewerRole());
        assertEquals(full.allowed(), heading.allowed());
        assertEquals(coalition.getName(), heading.coalition().getName());
        Coalition notHers = proposedByBob(unique("Standing desks"));
        assertThrows(AccessDeniedException.class, () -> carol.call(() -> coalitions.heading(notHers.getId())));
    }

    @Test
    void should_refuse_someone_with_no_role_in_the_coalition() {
        Coalition coalition = proposedByBob(unique("Shared on-call"));

        var refused =
                assertThrows(AccessDeniedException.class, () -> carol.call(() -> coalitions.open(coalition.getId())));
        assertTrue(refused.getMessage().contains("no role in this coalition"));
        assertFalse(lists(carol.call(() -> coalitions.listMine(0, 500)), coalition.getId(), null));
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(
                        () -> coalitions.update(coalition.getId(), coalition.getVersion(), draft("Taken over"))));
    }

    @Test
    void should_show_observers_the_coalition_read_only_and_refuse_their_edits() {
        Coalition coalition = proposedByBob(unique("Release notes in plain words"));
        data.grant(coalition.getId(), "carol", CoalitionRole.OBSERVER);

        CoalitionOverview overview = carol.call(() -> coalitions.open(coalition.getId()));
        assertEquals(CoalitionRole.OBSERVER, overview.viewerRole());
        assertTrue(overview.isReadOnly());
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(
                        () -> coalitions.update(coalition.getId(), coalition.getVersion(), draft("Observer edit"))));
    }

    @Test
    void should_let_an_admin_see_every_coalition() {
        Coalition coalition = proposedByBob(unique("Cross-team hiring"));

        long all = dana.call(() -> coalitions.countMine());
        List<CoalitionListing> listings = dana.call(() -> coalitions.listMine(0, 500));
        assertTrue(all >= 1);
        assertTrue(lists(listings, coalition.getId(), null), "dana sees bob's coalition without a role in it");
        assertNull(dana.call(() -> coalitions.open(coalition.getId())).viewerRole());
    }

    @Test
    void should_refuse_invalid_input_and_store_nothing() {
        long before = bob.call(() -> coalitions.countMine());

        var failure = assertThrows(
                EJBException.class,
                () -> bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Too long", "x".repeat(10_000), LocalDate.now().plusDays(5)))));
        assertInstanceOf(ConstraintViolationException.class, rootCause(failure));
        assertThrows(
                EJBException.class,
                () -> bob.call(() -> coalitions.propose(
                        new CoalitionDraft("", "Objective", LocalDate.now().minusDays(1)))));

        assertEquals(before, bob.call(() -> coalitions.countMine()));
    }

    @Test
    void should_refuse_a_save_based_on_a_stale_version() {
        Coalition coalition = proposedByBob(unique("Quarterly planning"));
        bob.call(() ->
                coalitions.update(coalition.getId(), coalition.getVersion(), draft("Quarterly planning, renamed")));

        var conflict = assertThrows(
                ConcurrentEditException.class,
                () -> bob.call(
                        () -> coalitions.update(coalition.getId(), coalition.getVersion(), draft("Lost update"))));
        assertTrue(conflict.getMessage().contains("changed by someone else"));
        assertEquals(
                "Quarterly planning, renamed",
                bob.call(() -> coalitions.open(coalition.getId())).coalition().getName());
    }

    @Test
    void should_answer_not_found_for_a_coalition_that_does_not_exist() {
        assertThrows(NotFoundException.class, () -> bob.call(() -> coalitions.open(-42L)));
    }

    @Test
    void should_refuse_callers_without_any_realm_role() {
        assertThrows(EJBAccessException.class, () -> coalitions.countMine());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
