package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Faults, each provoked for real through the launcher's drills: Keycloak stopped, Payara Server killed
 * with SIGKILL in the middle of a stream of task updates, Payara Server frozen or killed under the launcher's
 * watchdog, the database refusing connections.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Isolated
class FaultsIT {

    private static final String TASK = "Measure response times weekly";

    /**
     * Issue 16's figure: detection (three failed 2-second liveness checks, 2 s apart: at most 12 s) plus a restart of
     * the domain with the application (measured 36-54 s on these 2-core machines, about 25 s on a quick one).
     */
    private static final Duration BACK_WITHIN = Duration.ofSeconds(60);

    private static String taskPanel(Browser browser) {
        WebElement row =
                browser.waitFor(By.xpath("//*[@id='tasks']//tr[td[starts-with(normalize-space(.), '" + TASK + "')]]"));
        return row.findElement(By.cssSelector(".task-form")).getAttribute("id");
    }

    private static String savedNotes(Browser browser) {
        return browser.waitFor(By.xpath("//*[@id='tasks']//tr[td[starts-with(normalize-space(.), '" + TASK + "')]]"))
                .findElement(By.cssSelector("input[id$='notes']"))
                .getAttribute("value");
    }

    @Test
    @Order(1)
    void keycloak_down_shows_a_clear_page_and_sign_in_works_again_when_it_returns() {
        Launcher.drill("stop-keycloak");
        try (Browser visitor = Browser.anonymous()) {
            visitor.open("");
            visitor.waitFor(By.id("error-503"));
            assertTrue(visitor.pageText().contains("The sign-in service is unavailable right now"), visitor.pageText());
            assertFalse(visitor.pageText().contains("Exception"), "no stack trace: " + visitor.pageText());
            assertTrue(visitor.currentUrl().contains("/coalition/sign-in?"), visitor.currentUrl());
            assertEquals(503, visitor.statusOf(visitor.currentUrl()), "the gateway answers 503 Service Unavailable");
        } finally {
            Launcher.drill("start-keycloak");
        }
        // no restart of the application: the next sign-in just works
        try (Browser bob = Browser.signedInAs("bob")) {
            assertTrue(bob.pageText().contains("Flexible work hours"));
        }
    }

    @Test
    @Order(2)
    void every_acknowledged_task_update_survives_a_kill_9_of_the_application_server() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String lastAcknowledged = null;
        String inFlight = "Write " + run + " #9 (in flight)";
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.openDemoDashboard();
            for (int i = 1; i <= 8; i++) {
                String panel = taskPanel(bob);
                String note = "Write " + run + " #" + i;
                bob.type(By.id(panel.replaceFirst(":task$", ":notes")), note);
                bob.find(By.id(panel.replaceFirst(":task$", ":save"))).click();
                // acknowledged: the page after the save shows it saved (the previous page said "Task updated." too)
                bob.waitUntil(() -> bob.pageText().contains("Task updated.") && note.equals(savedNotes(bob)));
                lastAcknowledged = note;
            }
            String panel = taskPanel(bob);
            bob.type(By.id(panel.replaceFirst(":task$", ":notes")), inFlight);
            // the power cut, while the next write is on its way
            CompletableFuture<Void> kill = CompletableFuture.runAsync(() -> Launcher.drill("kill-payara"));
            try {
                bob.find(By.id(panel.replaceFirst(":task$", ":save"))).click();
            } catch (RuntimeException connectionLost) {
                // the browser may or may not get an answer: this write was never acknowledged
            }
            kill.get(60, TimeUnit.SECONDS);
        }
        Launcher.drill("start-payara");
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.openDemoDashboard();
            String notes = savedNotes(bob);
            assertTrue(
                    notes.equals(lastAcknowledged) || notes.equals(inFlight),
                    "the last acknowledged write (or the one after it, whole) is there: " + notes);
        }
    }

    @Test
    @Order(3)
    void the_watchdog_brings_a_wedged_or_killed_server_back_within_sixty_seconds() throws Exception {
        Process watchdog = Launcher.watchdog();
        try {
            // alive but answering nothing, as after an OutOfMemoryError that killed the HTTP selector thread
            Launcher.drill("freeze-payara");
            assertServingWithin(BACK_WITHIN, "after SIGSTOP");
            // gone, as -XX:+ExitOnOutOfMemoryError ends it
            Launcher.drill("kill-payara");
            assertServingWithin(BACK_WITHIN, "after SIGKILL");
        } finally {
            watchdog.destroy();
            if (!watchdog.waitFor(10, TimeUnit.SECONDS)) {
                watchdog.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // it must not restart anything later
            }
            // a failure above stays this test's own: the classes after it find a serving application
            if (!servingWithin(Duration.ofMinutes(2), "after the drill")) {
                Launcher.drill("kill-payara");
                Launcher.drill("start-payara");
            }
        }
        try (Browser bob = Browser.signedInAs("bob")) {
            assertTrue(bob.pageText().contains("Flexible work hours"));
        }
    }

    /** Waits until the application answers again (a redirect to sign in), at most {@code limit}. */
    private static void assertServingWithin(Duration limit, String when) throws InterruptedException {
        if (!servingWithin(limit, when)) {
            throw new AssertionError(
                    "the application did not answer again within " + limit + " " + when + "; see the watchdog's log");
        }
    }

    private static boolean servingWithin(Duration limit, String when) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        Duration waited;
        do {
            Thread.sleep(1000);
            try {
                HttpResponse<Void> answer = http.send(
                        HttpRequest.newBuilder(URI.create(Browser.APP))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 302) {
                    System.out.printf(
                            "FaultsIT: serving again %d s %s%n",
                            Duration.ofNanos(System.nanoTime() - start).toSeconds(), when);
                    return true;
                }
            } catch (IOException notYet) {
                // refused or no answer in time: still down
            }
            waited = Duration.ofNanos(System.nanoTime() - start);
        } while (waited.compareTo(limit) < 0);
        return false;
    }

    @Test
    @Order(4)
    void database_down_shows_a_clear_page_saves_nothing_and_recovers_without_a_restart() {
        // The embedded H2 runs inside the application server and cannot go down on its own; CI runs this
        // suite again on PostgreSQL (-Dcoalition.it.db=postgresql), where it does.
        Assumptions.assumeTrue(Launcher.onPostgresql(), "only meaningful with a database server");
        String update = "Posted while the database was down "
                + UUID.randomUUID().toString().substring(0, 6);
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.openDemoDashboard();
            String dashboard = bob.currentUrl();
            bob.type(By.id("postUpdate:text"), update);
            Launcher.psql(
                    "postgres",
                    "ALTER DATABASE coalition_e2e ALLOW_CONNECTIONS false",
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'coalition_e2e' AND pid <> pg_backend_pid()");
            try {
                bob.find(By.id("postUpdate:post")).click();
                bob.waitFor(By.id("error-503"));
                assertTrue(
                        bob.pageText().contains("The database cannot be reached right now, so nothing was saved"),
                        bob.pageText());
                assertFalse(bob.pageText().contains("Exception"), "no stack trace");
                bob.open("coalitions/dashboard.xhtml?" + dashboard.substring(dashboard.indexOf('?') + 1));
                bob.waitFor(By.id("error-503"));
            } finally {
                Launcher.psql("postgres", "ALTER DATABASE coalition_e2e ALLOW_CONNECTIONS true");
            }
            // back without a restart; and the update of the outage is not there, not even half
            bob.open("coalitions/dashboard.xhtml?" + dashboard.substring(dashboard.indexOf('?') + 1));
            bob.waitFor(By.id("dashboard-phase"));
            assertFalse(bob.pageText().contains(update), "nothing of the failed post was saved");
            bob.type(By.id("postUpdate:text"), "Back to normal " + update);
            bob.find(By.id("postUpdate:post")).click();
            bob.waitForText(By.id("messages"), "Update posted.");
        }
    }
}
