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

/**
 * The walking skeleton end to end: the real Keycloak, the real EAR on Payara Server, headless
 * Chromium. Each test arranges its own data, so they run in any order.
 */
@ResourceLock(SharedState.DEMO_COALITION)
@ResourceLock(value = SharedState.ERIN, mode = ResourceAccessMode.READ)
class WalkingSkeletonIT {

    private static final By NAME = By.id("propose:name");
    private static final By OBJECTIVE = By.id("propose:objective");
    private static final By SUBMIT = By.id("propose:submit");

    private static String proposeAsBob(Browser bob, String name) {
        bob.open("coalitions/propose.xhtml");
        bob.type(NAME, name);
        bob.type(OBJECTIVE, "Let every team agree its own core hours, within a company-wide frame.");
        bob.typeDate("propose:targetDate", LocalDate.now().plusMonths(4).toString());
        bob.find(SUBMIT).click();
        bob.waitForText(By.id("coalition-name"), name);
        return bob.currentUrl();
    }

    @Test
    void bob_signs_in_proposes_a_coalition_and_sees_it_listed_as_its_member() {
        String name = "Flexible work hours " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser bob = Browser.signedInAs("bob")) {
            assertTrue(bob.find(By.id("welcome")).getText().contains("Bob Baker"));
            assertEquals("Engineering", bob.find(By.id("user-department")).getText());

            String coalitionUrl = proposeAsBob(bob, name);
            assertTrue(coalitionUrl.contains("coalition.xhtml?id="), coalitionUrl);
            assertEquals("member", bob.find(By.id("your-role")).getText());
            assertTrue(bob.pageText().contains("You are its first member"));

            bob.open("");
            bob.waitFor(By.linkText(name));
            String row = bob.find(By.xpath("//a[text()='" + name + "']/ancestor::tr"))
                    .getText();
            assertTrue(row.contains("Member"), row);
        }
    }

    @Test
    void bad_input_gets_a_clear_message_and_nothing_is_stored() {
        String name = "Never stored " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.open("coalitions/propose.xhtml");
            bob.typeDate("propose:targetDate", LocalDate.now().minusDays(1).toString());
            bob.find(SUBMIT).click();
            bob.waitForText(By.id("propose"), "Give the coalition a name.");
            String page = bob.pageText();
            assertTrue(page.contains("State the shared objective."), page);
            assertTrue(page.contains("The target date cannot be in the past."), page);

            bob.type(NAME, name);
            bob.setValue(OBJECTIVE, "x".repeat(10_000));
            bob.typeDate("propose:targetDate", LocalDate.now().plusDays(10).toString());
            bob.find(SUBMIT).click();
            bob.waitForText(By.id("propose"), "The objective can be at most 2,000 characters.");
            assertEquals(name, bob.find(NAME).getAttribute("value"), "what was typed is kept");

            bob.open("");
            bob.waitFor(By.id("welcome"));
            assertFalse(bob.pageText().contains(name));
        }
    }

    @Test
    void carol_gets_the_no_access_page_with_status_403_for_a_coalition_she_has_no_role_in() {
        String coalitionUrl;
        try (Browser bob = Browser.signedInAs("bob")) {
            coalitionUrl = proposeAsBob(
                    bob, "Sales handover " + UUID.randomUUID().toString().substring(0, 6));
        }
        try (Browser carol = Browser.signedInAs("carol")) {
            carol.open(coalitionUrl.substring(Browser.APP.length()));
            carol.waitFor(By.id("error-403"));
            assertTrue(carol.pageText().contains("You have no role in this coalition"));
            assertEquals(403, carol.statusOf(coalitionUrl));
        }
    }

    @Test
    void signing_out_ends_the_keycloak_session_too() {
        try (Browser erin = Browser.signedInAs("erin")) {
            erin.find(By.id("sign-out")).click();
            erin.waitFor(By.id("signed-out"));

            erin.find(By.id("sign-in-again")).click();
            erin.waitFor(By.id("username"));
            assertTrue(erin.currentUrl().startsWith("http://localhost:8180/realms/coalition/"), erin.currentUrl());
        }
    }
}
