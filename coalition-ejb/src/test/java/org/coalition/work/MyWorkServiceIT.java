package org.coalition.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.Task;
import org.coalition.milestone.TaskStatus;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.AsErin;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.SqlCounter;
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "My work" a page at a time: the database pages, orders and counts; the caller sees only their own coalitions. */
@ExtendWith(ArquillianExtension.class)
class MyWorkServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    MyWorkService myWork;

    @EJB
    CoalitionService coalitions;

    @EJB
    MilestoneService milestones;

    @EJB
    StakeholderService stakeholders;

    @EJB
    TestData data;

    @EJB
    SqlCounter sql;

    @EJB
    AsBob bob;

    @EJB
    AsErin erin;

    /** bob's coalition, erin a member. */
    private long coalition() {
        long id = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Work " + UUID.randomUUID().toString().substring(0, 8),
                        "Work across teams",
                        LocalDate.now().plusMonths(3))))
                .getId();
        data.grant(id, "erin", CoalitionRole.MEMBER);
        return id;
    }

    private Task task(long coalitionId, String title, String assignee, LocalDate dueOn) {
        return bob.call(() -> milestones.addTask(coalitionId, null, title, assignee, dueOn));
    }

    private long stakeholder(long coalitionId, String owner) {
        StakeholderDraft draft = new StakeholderDraft();
        draft.setName("Sam " + UUID.randomUUID());
        draft.setTitle("Manager");
        draft.setLevel(Level.MANAGER);
        draft.setDepartment("Finance");
        draft.setInfluence(4);
        draft.setInterest(3);
        draft.setResources(EnumSet.of(Resource.BUDGET));
        draft.setStance(Stance.SUPPORTER);
        draft.setRelationshipOwner(owner);
        return bob.call(() -> stakeholders.add(coalitionId, draft)).getId();
    }

    /** Dates the stakeholder's stance and last conversation as if time had passed. */
    private void dated(long stakeholderId, LocalDate stanceSince, LocalDate lastConversationOn) {
        data.update(
                "UPDATE Stakeholder s SET s.stanceSince = :since, s.lastConversationOn = :last WHERE s.id = :id",
                Map.of("since", stanceSince, "last", lastConversationOn, "id", stakeholderId));
    }

    private static <T> List<T> allPages(int pageSize, long count, java.util.function.IntFunction<List<T>> page) {
        List<T> all = new ArrayList<>();
        for (int first = 0; first < count; first += pageSize) {
            List<T> rows = page.apply(first);
            assertTrue(rows.size() <= pageSize, rows.size() + " rows on a page of " + pageSize);
            all.addAll(rows);
        }
        return all;
    }

    @Test
    void should_page_my_open_tasks_soonest_due_first_with_a_count_that_matches_the_pages() {
        long c = coalition();
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 12; i++) {
            task(c, "Task " + i, "bob", i % 4 == 0 ? null : today.plusDays(i - 5));
        }
        Task done = task(c, "Finished", "bob", today.minusDays(30));
        bob.run(() -> milestones.updateTask(done.getId(), done.getVersion(), TaskStatus.DONE, null));
        Task erins = task(c, "Erin's", "erin", today.minusDays(30));

        long count = bob.call(() -> myWork.countTasks());
        List<Task> paged = allPages(5, count, first -> bob.call(() -> myWork.tasks(first, 5)));

        assertEquals(count, paged.size(), "the count is what the pages hold");
        assertEquals(paged.size(), paged.stream().map(Task::getId).distinct().count(), "no task on two pages");
        assertEquals(5, bob.call(() -> myWork.tasks(0, 5)).size(), "the page size is honoured");
        List<LocalDate> due = paged.stream().map(Task::getDueOn).toList();
        List<LocalDate> sorted = new ArrayList<>(due);
        sorted.sort(Comparator.nullsLast(Comparator.naturalOrder()));
        assertEquals(sorted, due, "soonest due first (the overdue ones lead), no due date last");
        List<Long> ids = paged.stream().map(Task::getId).toList();
        assertFalse(ids.contains(done.getId()), "done is not open");
        assertFalse(ids.contains(erins.getId()), "not bob's");
        Task overdue = paged.stream()
                .filter(t -> t.getCoalition().getId() == c && t.getTitle().equals("Task 1"))
                .findFirst()
                .orElseThrow();
        assertEquals(c, overdue.getCoalition().getId(), "the coalition comes with the task");
        assertTrue(overdue.isOverdue(today));
        assertTrue(
                bob.call(() -> myWork.tasks(0, 10_000)).size() <= MyWorkService.MAX_PAGE, "no page beyond the limit");
    }

    @Test
    void should_read_on_after_a_task_in_the_same_order_as_the_pages() {
        long c = coalition();
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 13; i++) { // ties on a due date, and tasks without one
            task(c, "Keyset " + i, "bob", i % 5 == 0 ? null : today.plusDays(i % 3));
        }
        long count = bob.call(() -> myWork.countTasks());
        List<Long> paged = allPages(4, count, first -> bob.call(() -> myWork.tasks(first, 4))).stream()
                .map(Task::getId)
                .toList();

        List<Long> keyset = new ArrayList<>();
        Task last = null;
        while (true) {
            Task after = last;
            List<Task> rows = bob.call(() -> myWork.tasksAfter(after, 4));
            rows.forEach(t -> keyset.add(t.getId()));
            if (rows.size() < 4) {
                break;
            }
            last = rows.get(rows.size() - 1);
        }
        assertEquals(paged, keyset, "the same tasks in the same order, each once");
    }

    @Test
    void should_leave_out_coalitions_i_only_observe_and_archived_ones() {
        long observed = coalition();
        Task there = task(observed, "Observed", "bob", null);
        long dueThere = stakeholder(observed, "bob");
        data.update(
                "UPDATE Membership m SET m.role = org.coalition.coalition.CoalitionRole.OBSERVER"
                        + " WHERE m.coalition.id = :c AND m.person.id IN (SELECT p.id FROM Person p WHERE p.username = 'bob')",
                Map.of("c", observed));
        long closed = coalition();
        Task archived = task(closed, "Archived", "bob", null);
        data.update(
                "UPDATE Coalition c SET c.phase = org.coalition.coalition.Phase.CLOSED WHERE c.id = :c",
                Map.of("c", closed));

        List<Long> tasks = bob.call(() -> myWork.tasks(0, MyWorkService.MAX_PAGE)).stream()
                .map(Task::getId)
                .toList();
        assertFalse(tasks.contains(there.getId()), "an observer has no work there");
        assertFalse(tasks.contains(archived.getId()), "archived");
        assertFalse(bob.call(() -> myWork.conversationsDue(0, MyWorkService.MAX_PAGE)).stream()
                .anyMatch(d -> d.stakeholder().id() == dueThere));
        List<Long> syncing = bob.call(() -> myWork.nextSyncs(MyWorkService.MAX_PAGE)).stream()
                .map(NextSync::coalitionId)
                .toList();
        assertFalse(syncing.contains(observed) || syncing.contains(closed), syncing.toString());
        assertEquals(Math.min(MyWorkService.MAX_PAGE, bob.call(() -> myWork.countCoalitions())), syncing.size());
    }

    @Test
    void should_find_the_conversations_due_in_the_database_by_the_registers_verification_rule() {
        long c = coalition();
        LocalDate today = LocalDate.now();
        long neverSpoken = stakeholder(c, "bob");
        long recent = stakeholder(c, "bob");
        dated(recent, today.minusDays(20), today.minusDays(3));
        long longAgo = stakeholder(c, "bob");
        dated(longAgo, today.minusDays(200), today.minusDays(100));
        long stanceChangedSince = stakeholder(c, "bob");
        dated(stanceChangedSince, today.minusDays(2), today.minusDays(5));
        long erins = stakeholder(c, "erin");

        long count = bob.call(() -> myWork.countConversationsDue());
        List<ConversationDue> due = allPages(3, count, first -> bob.call(() -> myWork.conversationsDue(first, 3)));

        assertEquals(count, due.size());
        List<Long> ids = due.stream().map(d -> d.stakeholder().id()).toList();
        assertTrue(ids.containsAll(List.of(neverSpoken, longAgo, stanceChangedSince)), ids.toString());
        assertFalse(ids.contains(recent), "a recent conversation backs the stance");
        assertFalse(ids.contains(erins), "erin's relationship");
        assertTrue(due.stream().noneMatch(d -> d.stakeholder().verified()), "the query and the rule agree");
        List<LocalDate> last =
                due.stream().map(d -> d.stakeholder().lastConversationOn()).toList();
        List<LocalDate> sorted = new ArrayList<>(last);
        sorted.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        assertEquals(sorted, last, "never spoken to first, then the longest since");
        assertEquals(
                c,
                due.stream()
                        .filter(d -> d.stakeholder().id() == longAgo)
                        .findFirst()
                        .orElseThrow()
                        .coalitionId());
    }

    @Test
    void should_show_a_page_of_my_work_with_as_many_statements_for_many_records_as_for_few() {
        long c = coalition();
        task(c, "One", "bob", null);
        stakeholder(c, "bob");
        int few = bob.call(() -> sql.statementsOf(this::pageOfMyWork));
        for (int i = 0; i < 3; i++) {
            long more = coalition();
            for (int k = 0; k < 10; k++) {
                task(more, "More " + k, "bob", LocalDate.now().plusDays(k));
            }
            stakeholder(more, "bob");
            stakeholder(more, "bob");
        }
        int many = bob.call(() -> sql.statementsOf(this::pageOfMyWork));

        assertEquals(few, many, "statements do not grow with tasks, stakeholders or coalitions");
        assertTrue(many <= 12, many + " statements for a page of My work");
    }

    /**
     * What the page asks for: a page of each list with one row more (which tells whether a next page follows,
     * without counting), and the first next syncs.
     */
    private Object pageOfMyWork() {
        myWork.tasks(0, 26);
        myWork.conversationsDue(0, 26);
        return myWork.nextSyncs(11);
    }
}
