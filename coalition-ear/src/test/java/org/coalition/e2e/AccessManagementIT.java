package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * dana (administrator) grants carol the member role in bob's coalition; carol can then update her task;
 * once dana revokes the role, carol's very next request is refused.
 */
@ResourceLock(value = SharedState.DEMO_COALITION, mode = ResourceAccessMode.READ)
@ResourceLock(value = SharedState.ERIN, mode = ResourceAccessMode.READ)
class AccessManagementIT {

    private static final By TASK_ROW =
            By.xpath("//*[@id='tasks']//tr[td[starts-with(normalize-space(.), 'Call the Sales leads')]]");

    @Test
    void a_granted_role_works_at_once_and_a_revoked_one_is_refused_on_the_next_request() {
        String name = "Customer calls " + UUID.randomUUID().toString().substring(0, 5);
        String dashboard;
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.open("coalitions/propose.xhtml");
            bob.type(By.id("propose:name"), name);
            bob.type(By.id("propose:objective"), "Every customer call answered within a day.");
            bob.typeDate("propose:targetDate", LocalDate.now().plusMonths(2).toString());
            bob.find(By.id("propose:submit")).click();
            bob.waitFor(By.id("coalition-name"));
            bob.find(By.id("nav-dashboard")).click();
            bob.waitFor(By.id("dashboard-phase"));
            dashboard = bob.currentUrl();
        }
        try (Browser carol = Browser.signedInAs("carol")) {
            assertFalse(carol.isPresent(By.linkText(name)), "carol has no role yet");
        }
        try (Browser dana = Browser.signedInAs("dana")) {
            dana.find(By.id("nav-access")).click();
            dana.select("coalition", name + " (Engineering)");
            dana.waitForText(By.id("access-coalition"), name);
            dana.select("grant:person", "Carol Chen (Sales)");
            dana.select("grant:role", "Member");
            dana.find(By.id("grant:save")).click();
            dana.waitForText(By.id("messages"), "Role granted.");
            assertTrue(dana.find(By.id("role-table")).getText().contains("Carol Chen"));
        }
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.open(dashboard.substring(Browser.APP.length()));
            bob.type(By.id("addTask:title"), "Call the Sales leads");
            bob.pick("addTask:assignee", "Carol", "Carol Chen");
            bob.find(By.id("addTask:add")).click();
            bob.waitForText(By.id("messages"), "Task added.");
        }
        try (Browser carol = Browser.signedInAs("carol")) {
            carol.waitFor(By.linkText(name));
            carol.open(dashboard.substring(Browser.APP.length()));
            WebElement row = carol.waitFor(TASK_ROW);
            String panel = row.findElement(By.cssSelector(".task-form")).getAttribute("id");
            carol.select(panel.replaceFirst(":task$", ":status"), "In progress");
            carol.find(By.id(panel.replaceFirst(":task$", ":save"))).click();
            carol.waitForText(By.id("messages"), "Task updated.");

            try (Browser dana = Browser.signedInAs("dana")) {
                dana.find(By.id("nav-access")).click();
                dana.select("coalition", name + " (Engineering)");
                WebElement carolsRow = dana.waitFor(By.cssSelector("tr.role-row[data-username='carol']"));
                carolsRow.findElement(By.cssSelector("button[id$='revoke']")).click();
                dana.waitForText(By.id("messages"), "Revoked");
            }

            String again = carol.waitFor(TASK_ROW)
                    .findElement(By.cssSelector(".task-form"))
                    .getAttribute("id");
            carol.select(again.replaceFirst(":task$", ":status"), "Done");
            carol.find(By.id(again.replaceFirst(":task$", ":save"))).click();
            carol.waitFor(By.id("error-403"));
            assertEquals(403, carol.statusOf(dashboard));
        }
    }

    @Test
    void frank_manages_access_only_to_coalitions_his_department_leads() {
        try (Browser frank = Browser.signedInAs("frank")) {
            frank.find(By.id("nav-access")).click();
            String options = frank.waitFor(By.id("coalition")).getText();
            assertTrue(options.contains("Flexible work hours (Engineering)"), options);
        }
        try (Browser erin = Browser.signedInAs("erin")) {
            assertFalse(erin.isPresent(By.id("nav-access")));
            erin.open("admin/access.xhtml");
            erin.waitFor(By.id("error-403"));
        }
    }
}
