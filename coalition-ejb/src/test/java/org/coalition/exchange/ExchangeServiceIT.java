package org.coalition.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.coalition.access.AccessDeniedException;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.platform.RuleViolationException;
import org.coalition.stakeholder.RegisterQuery;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.StakeholderRow;
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

@ExtendWith(ArquillianExtension.class)
class ExchangeServiceIT {

    private static final List<String> HEADER = List.of("Name", "Department", "Influence", "Stance", "Owner", "Notes");

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    CoalitionService coalitions;

    @EJB
    StakeholderService stakeholders;

    @EJB
    StakeholderImportService imports;

    @EJB
    ExportService exports;

    @EJB
    AuditTrail audit;

    @EJB
    TestData data;

    @EJB
    AsBob bob;

    @EJB
    AsCarol carol;

    @EJB
    AsErin erin;

    @EJB
    AsAlice alice;

    @EJB
    org.coalition.testsupport.SqlCounter sql;

    @EJB
    org.coalition.milestone.MilestoneService milestones;

    /** bob's coalition (member), alice sponsors, carol observes, erin is not involved; Ann Lee (Sales) is already mapped. */
    private long coalition() {
        Coalition coalition = bob.call(() -> coalitions.propose(new CoalitionDraft(
                "Import " + UUID.randomUUID().toString().substring(0, 8),
                "Core hours per team",
                LocalDate.now().plusMonths(2))));
        data.grant(coalition.getId(), "carol", CoalitionRole.OBSERVER);
        data.person("alice", "Operations", true);
        data.grant(coalition.getId(), "alice", CoalitionRole.SPONSOR);
        StakeholderDraft ann = new StakeholderDraft();
        ann.setName("Ann Lee");
        ann.setDepartment("Sales");
        ann.setNotes("Private: wants a pilot first");
        bob.call(() -> stakeholders.add(coalition.getId(), ann));
        return coalition.getId();
    }

    private static Table file(String[]... rows) {
        List<List<String>> list = new ArrayList<>();
        for (String[] row : rows) {
            list.add(List.of(row));
        }
        return new Table(HEADER, list);
    }

    /** Two valid rows, an invalid one, a duplicate of Ann Lee and a duplicate within the file. */
    private static Table mixed() {
        return file(
                new String[] {"Kim Park", "Finance", "4", "Supporter", "bob", "Private: budget owner"},
                new String[] {"Lars Berg", "Engineering", "2", "", "", ""},
                new String[] {"", "Engineering", "9", "Fan", "", ""},
                new String[] {"ann  lee", "SALES", "3", "", "", ""},
                new String[] {"Kim Park", "finance", "1", "", "", ""});
    }

    private List<String> names(long c) {
        return bob.call(() -> stakeholders.register(c, RegisterQuery.firstPage(100))).stream()
                .map(StakeholderRow::name)
                .toList();
    }

    @Test
    void should_report_every_row_without_storing_anything() {
        long c = coalition();
        Table table = mixed();
        ImportReport report = bob.call(() -> imports.check(c, table, ColumnMapping.guess(table.header())));
        assertEquals(
                List.of(RowStatus.VALID, RowStatus.VALID, RowStatus.INVALID, RowStatus.DUPLICATE, RowStatus.DUPLICATE),
                report.rows().stream().map(RowReport::status).toList());
        assertEquals(
                List.of(
                        "Give the stakeholder's name.",
                        "Influence is rated from 1 to 5.",
                        "Stance \"Fan\" is not one of: champion, supporter, neutral, skeptic, opponent."),
                report.rows().get(2).messages());
        assertEquals(
                "Already in the register: Ann Lee (Sales)", report.rows().get(3).duplicateOf());
        assertEquals("Same name and department as row 2", report.rows().get(4).duplicateOf());
        assertEquals(List.of("Ann Lee"), names(c));
    }

    @Test
    void should_import_the_valid_rows_in_one_go_with_stance_history_and_audit() {
        long c = coalition();
        Table table = mixed();
        ImportProgress progress = new ImportProgress();
        ImportOutcome outcome = bob.call(
                () -> imports.importRows(c, table, ColumnMapping.guess(table.header()), false, false, progress));
        assertTrue(outcome.stored());
        assertEquals(2, outcome.imported());
        assertEquals(2, outcome.duplicatesSkipped());
        assertEquals(1, outcome.invalid());
        assertEquals(100, progress.percent());
        assertEquals(List.of("Ann Lee", "Kim Park", "Lars Berg"), names(c));

        StakeholderRow kim = bob.call(() -> stakeholders.register(c, RegisterQuery.firstPage(100)))
                .get(1);
        assertEquals(Stance.SUPPORTER, kim.stance());
        assertEquals(4, kim.influence());
        var details = bob.call(() -> stakeholders.open(kim.id()));
        assertEquals("Private: budget owner", details.notes());
        assertEquals("Imported from a file", details.stanceHistory().get(0).getReason());

        var entries = alice.call(() -> audit.list(c, 0, 50));
        assertEquals(
                2,
                entries.stream()
                        .filter(e -> e.getAction().equals("stakeholder.imported"))
                        .count());
        assertEquals(
                1,
                entries.stream()
                        .filter(e -> e.getAction().equals("stakeholders.imported"))
                        .count());
        assertFalse(
                entries.stream().anyMatch(e -> String.valueOf(e.getNewValue()).contains("budget owner")),
                "private notes never go into the audit trail");
    }

    @Test
    void should_store_nothing_when_all_or_nothing_was_chosen_and_a_row_is_invalid() {
        long c = coalition();
        Table table = mixed();
        ImportOutcome outcome =
                bob.call(() -> imports.importRows(c, table, ColumnMapping.guess(table.header()), true, false, null));
        assertFalse(outcome.stored());
        assertEquals(0, outcome.imported());
        assertEquals(1, outcome.invalid());
        assertEquals(List.of("Ann Lee"), names(c));
        assertFalse(alice.call(() -> audit.list(c, 0, 50)).stream()
                .anyMatch(e -> e.getAction().startsWith("stakeholders.imported")));
    }

    @Test
    void
            should_store_everything_when_all_or_nothing_was_chosen_and_every_row_is_valid_duplicates_included_on_request() {
        long c = coalition();
        Table table = file(
                new String[] {"Kim Park", "Finance", "4", "", "", ""},
                new String[] {"Ann Lee", "Sales", "2", "", "", ""});
        ImportOutcome outcome =
                bob.call(() -> imports.importRows(c, table, ColumnMapping.guess(table.header()), true, true, null));
        assertTrue(outcome.stored());
        assertEquals(2, outcome.imported());
        assertEquals(List.of("Ann Lee", "Ann Lee", "Kim Park"), names(c));
    }

    @Test
    void should_refuse_a_mapping_without_the_department_with_a_message() {
        long c = coalition();
        Table table = mixed();
        List<StakeholderField> fields =
                new ArrayList<>(ColumnMapping.guess(table.header()).fields());
        fields.set(1, null);
        RuleViolationException e = assertThrows(
                RuleViolationException.class,
                () -> bob.call(() -> imports.importRows(c, table, new ColumnMapping(fields), false, false, null)));
        assertTrue(e.getMessage().contains("department"), e.getMessage());
    }

    @Test
    void should_refuse_observers_and_outsiders_to_import() {
        long c = coalition();
        Table table = mixed();
        ColumnMapping mapping = ColumnMapping.guess(table.header());
        assertThrows(AccessDeniedException.class, () -> carol.call(() -> imports.check(c, table, mapping)));
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> imports.importRows(c, table, mapping, false, false, null)));
        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> imports.importRows(c, table, mapping, false, false, null)));
        assertEquals(List.of("Ann Lee"), names(c));
    }

    @Test
    void should_import_thousands_of_rows_in_batches_in_the_background() throws Exception {
        long c = coalition();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 1_200; i++) {
            rows.add(List.of("Person " + i, "Dept " + (i % 9), String.valueOf(i % 5 + 1), "", "", ""));
        }
        Table table = new Table(HEADER, rows);
        ImportProgress progress = new ImportProgress();
        long started = System.nanoTime();
        ImportOutcome outcome = bob.call(() -> {
            try {
                return imports.importInBackground(c, table, ColumnMapping.guess(HEADER), true, false, progress)
                        .get(2, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(1_200, outcome.imported());
        assertEquals(1_200, progress.done());
        assertEquals(1_201, bob.call(() -> stakeholders.count(c, RegisterQuery.firstPage(10))));
        System.out.println("Imported 1,200 stakeholders in " + (System.nanoTime() - started) / 1_000_000 + " ms");

        // the export reads them page by page: every row once, in the register's order, a statement per page
        int[] statements = new int[1];
        Table exported = bob.call(() -> {
            Table[] written = new Table[1];
            statements[0] = sql.statementsOf(() -> written[0] = table(out -> exports.stakeholders(c, out)));
            return written[0];
        });
        assertEquals(
                1_201,
                exported.rows().size(),
                "1,200 imported and Ann Lee, across three pages of " + ExportService.PAGE);
        List<String> names = exported.rows().stream().map(r -> r.get(0)).toList();
        assertEquals(names.stream().distinct().count(), names.size(), "no row twice at a page boundary");
        assertEquals("Ann Lee", names.get(0));
        assertTrue(statements[0] <= 3 + 2, statements[0] + " statements: the access check and three pages");
    }

    @Test
    void should_export_the_register_with_notes_for_members_and_without_for_observers() {
        long c = coalition();
        Table members = bob.call(() -> table(out -> exports.stakeholders(c, out)));
        assertTrue(members.header().contains("Notes"));
        assertEquals(
                "Private: wants a pilot first", members.cell(0, members.header().indexOf("Notes")));
        assertEquals("Ann Lee", members.cell(0, 0));

        Table observers = carol.call(() -> table(out -> exports.stakeholders(c, out)));
        assertFalse(observers.header().contains("Notes"));
        assertEquals("Ann Lee", observers.cell(0, 0));
        assertFalse(
                observers.rows().stream().flatMap(List::stream).anyMatch(cell -> cell.contains("pilot")),
                "no private text anywhere in an observer's export");

        // reading the notes in a file is reading them: audited like the stakeholder page, once a day per reader
        var reads = alice.call(() -> audit.list(c, 0, 100)).stream()
                .filter(a -> a.getAction().equals(AuditAction.NOTES_READ.code()))
                .toList();
        assertEquals(
                1,
                reads.size(),
                "the member's export only: "
                        + reads.stream()
                                .map(a -> a.getActor() + " " + a.getSummary())
                                .toList());
        assertEquals("bob", reads.get(0).getActor());

        assertThrows(AccessDeniedException.class, () -> erin.call(() -> table(out -> exports.stakeholders(c, out))));
    }

    @Test
    void should_read_its_own_register_export_back_with_every_column_mapped() {
        long c = coalition();
        Table exported = bob.call(() -> table(out -> exports.stakeholders(c, out)));
        ColumnMapping mapping = ColumnMapping.guess(exported.header());
        assertTrue(mapping.problems().isEmpty());
        ImportReport report = bob.call(() -> imports.check(c, exported, mapping));
        assertEquals(RowStatus.DUPLICATE, report.rows().get(0).status(), "Ann Lee is already there");
        assertEquals(
                "Private: wants a pilot first", report.rows().get(0).draft().getNotes());
    }

    @Test
    void should_export_tasks_milestones_quick_wins_and_audit_as_each_page_allows() {
        long c = coalition();
        Table tasks = carol.call(() -> table(out -> exports.tasks(c, out)));
        assertEquals(List.of("Task", "Milestone", "Assignee", "Due", "Status", "Progress notes"), tasks.header());
        assertEquals(
                0,
                carol.call(() -> table(out -> exports.milestones(c, out)))
                        .rows()
                        .size());
        assertEquals(
                0,
                carol.call(() -> table(out -> exports.quickWins(c, out))).rows().size());

        Table trail = alice.call(() -> table(out -> exports.audit(c, out)));
        assertTrue(trail.rows().stream()
                .anyMatch(r -> r.get(2).equals("stakeholder.added") && r.get(4).equals("Ann Lee")));
        assertFalse(trail.rows().stream().flatMap(List::stream).anyMatch(cell -> cell.contains("pilot")));
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> table(out -> exports.audit(c, out))),
                "observers do not read the audit trail");
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> table(out -> exports.tasks(c, out))));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> table(out -> exports.milestones(c, out))));
    }

    @Test
    void should_read_each_export_with_the_same_few_statements_for_3_or_30_records() {
        long small = coalition();
        long large = coalition();
        for (long c : new long[] {small, large}) {
            int n = c == small ? 3 : 30;
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(List.of("P" + i, "D" + i % 3, "3", "", i % 2 == 0 ? "bob" : "", "note " + i));
            }
            bob.run(() ->
                    imports.importRows(c, new Table(HEADER, rows), ColumnMapping.guess(HEADER), true, false, null));
            var milestone = bob.call(() -> milestones.propose(
                    c,
                    new org.coalition.milestone.MilestoneDraft(
                            "Pilot", "Two teams", LocalDate.now().plusWeeks(4))));
            for (int i = 0; i < n; i++) {
                int k = i;
                bob.run(() -> milestones.addTask(
                        c,
                        milestone.getId(),
                        "Task " + k,
                        "bob",
                        LocalDate.now().plusDays(k)));
            }
        }
        for (String what : List.of("stakeholders", "tasks", "milestones", "quickWins")) {
            int few = bob.call(() -> sql.statementsOf(() -> export(what, small)));
            int many = bob.call(() -> sql.statementsOf(() -> export(what, large)));
            assertEquals(few, many, what + ": the statements do not grow with the records");
            assertTrue(many <= 4, what + " took " + many + " statements");
        }
        assertEquals(
                30,
                bob.call(() -> table(out -> exports.tasks(large, out))).rows().size());
        assertEquals(
                30,
                bob.call(() -> table(out -> exports.stakeholders(large, out)))
                                .rows()
                                .size()
                        - 1,
                "30 imported and Ann Lee");
    }

    /** What an export writes, collected: small tables only, as in these tests. */
    private static Table table(java.util.function.Consumer<TableWriter> export) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        export.accept(new TableWriter() {
            @Override
            public void header(List<String> names) {
                header.addAll(names);
            }

            @Override
            public void row(Object... values) {
                rows.add(java.util.Arrays.stream(values).map(TableWriter::cell).toList());
            }
        });
        return new Table(header, rows);
    }

    private Table export(String what, long c) {
        return switch (what) {
            case "stakeholders" -> table(out -> exports.stakeholders(c, out));
            case "tasks" -> table(out -> exports.tasks(c, out));
            case "milestones" -> table(out -> exports.milestones(c, out));
            default -> table(out -> exports.quickWins(c, out));
        };
    }
}
