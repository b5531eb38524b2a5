package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The busiest pages are served again from the session's rendered copy while nothing changed (PageCopyFilter):
 * the copy is the same page byte for byte, its forms post as the rendered page's would, and any change (by
 * anyone) or any other rendering in the session shows on the very next view.
 */
class PageCopyIT {

    private static final String COPY_HEADER = "X-Coalition-Page";

    /** The Faces view state the page's forms post: a new rendering has a new one, a copy the same. */
    private static String viewState(Browser browser) {
        return browser.find(By.name("jakarta.faces.ViewState")).getAttribute("value");
    }

    @Test
    void a_second_view_is_the_same_page_and_its_forms_still_post() {
        String update = "Copy check " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser bob = Browser.signedInAs("bob")) {
            String dashboard = bob.openDemoDashboard();
            String rendered = viewState(bob);
            bob.open(dashboard.substring(Browser.APP.length()));
            bob.waitFor(By.id("dashboard-phase"));
            assertEquals(rendered, viewState(bob), "the second view is the session's copy of the first");

            bob.type(By.id("postUpdate:text"), update);
            bob.find(By.id("postUpdate:post")).click();
            bob.waitForText(By.id("messages"), "Update posted.");
            assertTrue(bob.find(By.id("feed")).getText().contains(update), "the copy's form was posted and saved");

            bob.open(dashboard.substring(Browser.APP.length()));
            bob.waitFor(By.id("dashboard-phase"));
            assertNotEquals(rendered, viewState(bob), "after the post the page is rendered anew");
            assertTrue(bob.find(By.id("feed")).getText().contains(update));
            assertFalse(bob.isPresent(By.cssSelector("#messages .ui-messages-info")), "a copy never repeats a message");
        }
    }

    @Test
    void a_change_by_someone_else_shows_on_the_next_view() {
        String update = "Seen at once " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser bob = Browser.signedInAs("bob"); Browser alice = Browser.signedInAs("alice")) {
            String dashboard = bob.openDemoDashboard();
            String rendered = viewState(bob);
            bob.open(dashboard.substring(Browser.APP.length()));
            assertEquals(rendered, viewState(bob));

            alice.openDemoDashboard();
            alice.type(By.id("postUpdate:text"), update);
            alice.find(By.id("postUpdate:post")).click();
            alice.waitForText(By.id("messages"), "Update posted.");

            bob.open(dashboard.substring(Browser.APP.length()));
            bob.waitFor(By.id("dashboard-phase"));
            assertTrue(bob.find(By.id("feed")).getText().contains(update), "alice's update, not bob's copy");
            assertNotEquals(rendered, viewState(bob));
        }
    }

    @Test
    void copies_are_per_session_address_and_language_and_never_outlive_another_rendering() {
        try (Browser bob = Browser.signedInAs("bob"); Browser alice = Browser.signedInAs("alice")) {
            String dashboard = bob.openDemoDashboard();
            HttpResponse<String> first = bob.get(dashboard);
            HttpResponse<String> second = bob.get(dashboard);
            assertEquals(200, second.statusCode());
            assertTrue(first.headers().firstValue(COPY_HEADER).isEmpty(), "another language than the browser's: rendered");
            assertEquals("copy", second.headers().firstValue(COPY_HEADER).orElse(null));
            assertEquals(first.body(), second.body(), "byte for byte");
            assertTrue(second.body().contains("Bob Baker"));

            alice.openDemoDashboard();
            HttpResponse<String> alices = alice.get(dashboard);
            assertTrue(alices.headers().firstValue(COPY_HEADER).isEmpty(), "another session never gets bob's copy");
            assertTrue(alices.body().contains("id=\"user-name\">Alice Adams<"), "alice's own page");

            assertTrue(bob.get(dashboard + "&taskPage=0").headers().firstValue(COPY_HEADER).isEmpty(), "another address");
            HttpResponse<String> afterOther = bob.get(dashboard);
            assertTrue(afterOther.headers().firstValue(COPY_HEADER).isEmpty(), "the session rendered another page since");
            assertEquals("copy", bob.get(dashboard).headers().firstValue(COPY_HEADER).orElse(null));

            alice.get(Browser.APP + "sponsor.xhtml");
            assertEquals("copy", alice.get(Browser.APP + "sponsor.xhtml").headers().firstValue(COPY_HEADER).orElse(null));
            assertNotEquals(200, bob.get(dashboard.replaceFirst("id=\\d+", "id=999999")).statusCode(), "no such coalition: no copy");
        }
    }
}
