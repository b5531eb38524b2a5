package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

/**
 * The dashboard's shared parts (health, feed, wins wall, playbook) are rendered once and handed to everyone
 * with the same view of the coalition: a change must reach the others at once, and what one role or language
 * got rendered must not reach another.
 */
@ResourceLock(SharedState.DEMO_COALITION)
class SharedDashboardIT {

    @Test
    void a_feed_post_reaches_the_others_whose_dashboards_were_already_rendered() {
        String update = "Shared view check " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser carol = Browser.signedInAs("carol");
                Browser alice = Browser.signedInAs("alice");
                Browser bob = Browser.signedInAs("bob")) {
            carol.openDemoDashboard();
            alice.openDemoDashboard();
            // both views are now in the shared cache; a second look is served from it
            carol.reload();
            alice.reload();
            String score = carol.waitFor(By.id("health-score")).getText();
            assertEquals(score, alice.waitFor(By.id("health-score")).getText(), "the same coalition, the same health");
            assertFalse(carol.find(By.id("feed")).getText().contains(update));

            bob.openDemoDashboard();
            bob.type(By.id("postUpdate:text"), update);
            bob.find(By.id("postUpdate:post")).click();
            bob.waitForText(By.id("messages"), "Update posted.");
            assertTrue(bob.find(By.id("feed")).getText().contains(update), "the author sees it");

            carol.reload();
            assertTrue(
                    carol.waitFor(By.id("feed")).getText().contains(update),
                    "the observer sees it at once: " + carol.find(By.id("feed")).getText());
            alice.reload();
            assertTrue(alice.waitFor(By.id("feed")).getText().contains(update), "the sponsor sees it at once");
        }
    }

    @Test
    void an_observer_never_gets_a_member_s_controls_nor_another_language_s_words() {
        try (Browser bob = Browser.signedInAs("bob");
                Browser carol = Browser.signedInAs("carol");
                Browser carolInGerman = Browser.signedInAs("carol", "de")) {
            bob.openDemoDashboard();
            carol.openDemoDashboard();
            assertTrue(bob.isPresent(By.id("postUpdate")), "a member may post");
            assertFalse(carol.isPresent(By.id("postUpdate")));
            assertFalse(carol.isPresent(By.id("healthActions")), "no planning form for an observer");
            assertFalse(
                    carol.isPresent(By.cssSelector("button.plan-one-on-one")),
                    "no planning buttons in the observer's health panel");
            assertTrue(carol.find(By.cssSelector("#health h2")).getText().startsWith("Health"));

            carolInGerman.openDemoDashboard();
            assertTrue(
                    carolInGerman.find(By.cssSelector("#health h2")).getText().startsWith("Gesundheit"),
                    carolInGerman.find(By.cssSelector("#health h2")).getText());
            String playbook = carolInGerman.find(By.id("playbook")).getText();
            assertTrue(
                    playbook.contains("Nächster Schritt") && !playbook.contains("Next step"),
                    "the playbook panel in German: " + playbook);
        }
    }
}
