package org.coalition.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.coalition.access.AccessDeniedException;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.exchange.Table;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.Refusal;
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
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Influence links from a file: every row's verdict, the accepted ones stored together, the access table's rule. */
@ExtendWith(ArquillianExtension.class)
class InfluenceImportServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    InfluenceImportService imports;

    @EJB
    InfluenceService influence;

    @EJB
    CoalitionService coalitions;

    @EJB
    StakeholderService stakeholders;

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

    private static final List<LinkField> MAPPING =
            List.of(LinkField.FROM, LinkField.TO, LinkField.STRENGTH, LinkField.KIND, LinkField.NOTE);

    /** bob's coalition with alice as sponsor, carol as observer, Anna and Cleo as stakeholders, Anna with Cleo's ear. */
    private long coalition() {
        data.person("bob", "Engineering", false);
        data.person("alice", "Operations", true);
        data.person("carol", "Sales", false);
        data.person("erin", "Finance", false);
        long c = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Import links " + UUID.randomUUID().toString().substring(0, 8),
                        "Who has whose ear",
                        LocalDate.now().plusMonths(2))))
                .getId();
        data.grant(c, "alice", CoalitionRole.SPONSOR);
        data.grant(c, "carol", CoalitionRole.OBSERVER);
        long anna = stakeholder(c, "Anna Berg");
        long cleo = stakeholder(c, "Cleo Park");
        bob.call(() ->
                influence.record(c, new InfluenceLinkDraft(anna, null, cleo, InfluenceKind.TRUSTED_PEER, 2, null)));
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
        d.setStance(Stance.NEUTRAL);
        return bob.call(() -> stakeholders.add(c, d)).getId();
    }

    /** Two good rows and one of each refusal. */
    private static Table file() {
        return new Table.Builder("From", "To", "Strength", "Kind", "Note")
                .row("bob", "Anna Berg", "3", "Reports to", "Weekly one-on-one")
                .row("Cleo Park", "anna berg", "", "", "")
                .row("Nobody Known", "Anna Berg", "2", "", "")
                .row("Anna Berg", "Anna Berg", "2", "", "")
                .row("Anna Berg", "Cleo Park", "2", "", "")
                .row("bob", "Cleo Park", "5", "", "")
                .row("bob", "Anna Berg", "1", "", "")
                .build();
    }

    private long links(long c) {
        return bob.call(() -> influence.countLinks(c, null));
    }

    @Test
    void should_store_the_accepted_rows_and_refuse_each_other_row_with_its_reason() {
        long c = coalition();
        InfluenceImportService.Outcome outcome = bob.call(() -> imports.importRows(c, file(), MAPPING, false));

        assertTrue(outcome.stored());
        assertEquals(2, outcome.imported());
        assertEquals(5, outcome.refused());
        assertEquals(
                Arrays.asList(
                        null,
                        null,
                        "said.linkImport.unknownPerson",
                        "said.linkImport.self",
                        "said.linkImport.exists",
                        "said.linkImport.badStrength",
                        "said.linkImport.twiceInFile"),
                outcome.report().rows().stream()
                        .map(r -> r.refusal() == null ? null : r.refusal().key())
                        .toList());
        assertEquals(3, links(c));
        var stored = bob.call(() -> influence.links(c, null, 0, 10));
        assertTrue(
                stored.stream()
                        .anyMatch(l -> l.kind() == InfluenceKind.REPORTS_TO
                                && l.strength() == 3
                                && "Weekly one-on-one".equals(l.note())
                                && l.toStakeholderName().equals("Anna Berg")),
                stored.toString());
        assertTrue(
                stored.stream()
                        .anyMatch(l -> l.fromName().equals("Cleo Park")
                                && l.strength() == 2
                                && l.kind() == InfluenceKind.TRUSTED_PEER),
                "empty cells take the form's defaults");

        InfluenceImportService.Outcome again = bob.call(() -> imports.importRows(c, file(), MAPPING, false));
        assertEquals(0, again.imported(), "a second import of the same file finds every link recorded");
        assertEquals(3, links(c));
    }

    @Test
    void should_store_nothing_when_all_or_nothing_meets_a_refused_row_or_the_file_cannot_be_read_as_a_whole() {
        long c = coalition();
        InfluenceImportService.Outcome outcome = bob.call(() -> imports.importRows(c, file(), MAPPING, true));
        assertFalse(outcome.stored());
        assertEquals(0, outcome.imported());
        assertEquals(5, outcome.refused());
        assertEquals(1, links(c), "nothing half-imported");

        var noWhom = assertThrows(
                RuleViolationException.class,
                () -> bob.call(() -> imports.importRows(
                        c,
                        file(),
                        Arrays.asList(LinkField.FROM, null, LinkField.STRENGTH, LinkField.KIND, LinkField.NOTE),
                        false)));
        assertEquals(Refusal.LINK_IMPORT_WHO_AND_WHOM, noWhom.refusal());
        assertEquals(1, links(c));
    }

    @Test
    void should_let_sponsors_and_members_import_and_refuse_observers_and_outsiders() {
        long c = coalition();
        Table one = new Table.Builder("From", "To").row("alice", "Cleo Park").build();
        List<LinkField> mapping = List.of(LinkField.FROM, LinkField.TO);

        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> imports.check(c, one, mapping)),
                "observers read links only");
        assertThrows(AccessDeniedException.class, () -> carol.call(() -> imports.importRows(c, one, mapping, false)));
        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> imports.importRows(c, one, mapping, false)),
                "no member");
        assertEquals(1, links(c));

        assertTrue(
                bob.call(() -> imports.check(c, one, mapping)).rows().get(0).accepted(),
                "alice is a sponsor: she may have an ear");
        assertEquals(
                1, alice.call(() -> imports.importRows(c, one, mapping, false)).imported());
        assertEquals(2, links(c));
    }
}
