package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard's task rows are plain inputs of one form (TaskEditor): each row saves itself, Enter in a row's notes
 * saves that row, and an edit the service refuses stays in its row as typed.
 */
@ResourceLock(SharedState.DEMO_COALITION)
class TaskRowsIT {

    private static WebElement row(Browser browser, String title) {
        return browser.waitFor(By.xpath("//*[@id='tasks']//tr[td[starts-with(normalize-space(.), '" + title + "')]]"));
    }

    /** The id prefix of a row's editor ({@code task-<id>}). */
    private static String editor(Browser browser, String title) {
        return row(browser, title)
                .findElement(By.cssSelector(".task-form"))
                .getAttribute("id")
                .replaceFirst(":task$", "");
    }

    private static String notes(Browser browser, String title) {
        return browser.find(By.id(editor(browser, title) + ":notes")).getAttribute("value");
    }

    /** Presses a submit button and waits for the page the answer brings (the old one gone). */
    private static void submit(Browser browser, By button, String message) {
        WebElement old = browser.find(By.tagName("main"));
        browser.find(button).click();
        browser.waitUntil(() -> {
            try {
                old.isDisplayed();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            }
        });
        browser.waitForText(By.id("messages"), message);
    }

    private static void addTask(Browser bob, String title) {
        bob.type(By.id("addTask:title"), title);
        bob.pick("addTask:assignee", "Bob", "Bob Baker");
        bob.typeDate("addTask:due", LocalDate.now().toString());
        submit(bob, By.id("addTask:add"), "Task added.");
    }

    @Test
    void each_row_saves_itself_and_a_refused_edit_stays_as_typed() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String first = "Rows first " + tag;
        String second = "Rows second " + tag;
        try (Browser bob = Browser.signedInAs("bob");
                Browser bobElsewhere = Browser.signedInAs("bob")) {
            bob.openDemoDashboard();
            addTask(bob, first);
            addTask(bob, second);

            // each row's editors are named after its task, through the labels written once for the table
            assertEquals(
                    "Status of " + second,
                    bob.find(By.id(editor(bob, second) + ":status")).getAccessibleName());
            assertEquals(
                    "Progress notes for " + second,
                    bob.find(By.id(editor(bob, second) + ":notes")).getAccessibleName());

            // Enter in the second row's notes saves the second row, not the form's first button
            String typed = "Second's notes " + tag;
            bob.type(By.id(editor(bob, second) + ":notes"), typed);
            bob.find(By.id(editor(bob, second) + ":notes")).sendKeys(Keys.ENTER);
            bob.waitForText(By.id("messages"), "Task updated.");
            String dashboard = bobElsewhere.openDemoDashboard().replace(Browser.APP, "");
            assertEquals(typed, notes(bobElsewhere, second), "saved, as another session reads it");
            assertEquals("", notes(bobElsewhere, first), "the other row untouched");

            // someone changes the first task after this page was shown: the save is refused, the typing kept
            new Select(bobElsewhere.find(By.id(editor(bobElsewhere, first) + ":status"))).selectByValue("IN_PROGRESS");
            bobElsewhere.find(By.id(editor(bobElsewhere, first) + ":save")).click();
            bobElsewhere.waitForText(By.id("messages"), "Task updated.");
            String stale = "Typed on a stale page " + tag;
            bob.type(By.id(editor(bob, first) + ":notes"), stale);
            bob.find(By.id(editor(bob, first) + ":save")).click();
            bob.waitForText(By.id("messages"), "changed by someone else");
            assertEquals(stale, notes(bob, first), "what was typed is still there");
            assertEquals(
                    "TO_DO",
                    bob.find(By.id(editor(bob, first) + ":status")).getAttribute("value"),
                    "the status as it was submitted, too");

            // saved again, now over the current version; then both done, so that they leave bob's open tasks
            submit(bob, By.id(editor(bob, first) + ":save"), "Task updated.");
            bobElsewhere.open(dashboard); // afresh: a reload would send its last save again
            assertEquals(stale, notes(bobElsewhere, first));
            for (String title : new String[] {second, first}) {
                new Select(bob.find(By.id(editor(bob, title) + ":status"))).selectByValue("DONE");
                submit(bob, By.id(editor(bob, title) + ":save"), "Task updated.");
            }
        }
    }
}
