package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The lists paged by previous and next rather than a lazy table: erin, with more open tasks and more
 * conversations due than a page holds, moves through both lists of My work and back, and through the coalitions
 * on her home page. The rows are
 * compared page to page, not by name, so that what earlier runs left in the database does not matter.
 */
class PagingIT {

    /** More than a page (25) of each list. */
    private static final int ROWS = 27;

    @Test
    void erin_pages_through_her_open_tasks_and_the_conversations_she_owes_and_back() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long c = ApiIT.call("POST", "erin", "coalitions", ApiIT.coalition("Paging " + suffix))
                .expect(201)
                .id();
        LocalDate later = LocalDate.now().plusYears(3);
        for (int i = 0; i < ROWS; i++) {
            ApiIT.call(
                            "POST",
                            "erin",
                            "coalitions/" + c + "/tasks",
                            Map.of(
                                    "title",
                                    "Paged task " + suffix + " " + i,
                                    "assignee",
                                    "erin",
                                    "dueOn",
                                    later.plusDays(i).toString()))
                    .expect(201);
            ApiIT.call(
                            "POST",
                            "erin",
                            "coalitions/" + c + "/stakeholders",
                            Map.of(
                                    "name", "Paged person " + suffix + " " + i,
                                    "level", "MANAGER",
                                    "department", "Sales",
                                    "influence", 3,
                                    "interest", 3,
                                    "stance", "NEUTRAL",
                                    "relationshipOwner", "erin"))
                    .expect(201);
        }

        try (Browser erin = Browser.signedInAs("erin")) {
            erin.find(By.id("nav-my-work")).click();
            erin.waitFor(By.id("my-work-heading"));
            pagesForwardAndBack(erin, "myTasks", "taskPages", 25);
            pagesForwardAndBack(erin, "due", "conversationPages", 25);
            assertTrue(erin.consoleErrors().isEmpty(), String.valueOf(erin.consoleErrors()));
        }
    }

    @Test
    void erin_pages_through_the_coalitions_on_her_home_page_and_back() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        // more than a page (20) of coalitions she belongs to
        for (int i = 0; i < 21; i++) {
            ApiIT.call("POST", "erin", "coalitions", ApiIT.coalition("Home page " + suffix + " " + i))
                    .expect(201);
        }

        try (Browser erin = Browser.signedInAs("erin")) {
            erin.waitFor(By.id("welcome"));
            pagesForwardAndBack(erin, "coalitions", "home", 20);
            assertTrue(erin.consoleErrors().isEmpty(), String.valueOf(erin.consoleErrors()));
        }
    }

    private static void pagesForwardAndBack(Browser browser, String table, String pager, int pageSize) {
        List<String> first = rows(browser, table);
        assertEquals(pageSize, first.size(), "a full first page of " + table);
        assertFalse(browser.isPresent(By.id(pager + ":previousPage")), "no previous page before the first");

        browser.find(By.id(pager + ":nextPage")).click();
        browser.waitFor(By.id(pager + ":previousPage"));
        List<String> second = rows(browser, table);
        assertFalse(second.isEmpty(), "a second page of " + table);
        Set<String> both = new HashSet<>(first);
        both.retainAll(second);
        assertTrue(both.isEmpty(), "no row on both pages: " + both);

        browser.find(By.id(pager + ":previousPage")).click();
        browser.waitUntil(() -> !browser.isPresent(By.id(pager + ":previousPage")));
        assertEquals(first, rows(browser, table), "back on the first page of " + table);
    }

    private static List<String> rows(Browser browser, String table) {
        return browser.find(By.id(table)).findElements(By.cssSelector("tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
