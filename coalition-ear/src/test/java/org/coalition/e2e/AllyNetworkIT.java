package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** "Who in Finance supported our coalitions?": alice finds Lena in the ally network, by mouse and by keyboard. */
@ResourceLock(value = SharedState.DEMO_COALITION, mode = ResourceAccessMode.READ)
class AllyNetworkIT {

    private static WebElement dotOf(Browser browser, String name) {
        return browser.waitFor(
                By.xpath("//*[local-name()='circle'][*[local-name()='title' and starts-with(., '" + name + "')]]"));
    }

    @Test
    void alice_finds_the_finance_supporters_of_her_coalitions_and_sees_where_they_took_part() {
        try (Browser alice = Browser.signedInAs("alice")) {
            alice.find(By.id("nav-allies")).click();
            alice.waitFor(By.id("ally-network"));
            String everyone = alice.find(By.id("ally-list")).getText();
            assertTrue(
                    everyone.contains("Lena Fischer")
                            && everyone.contains("Hannah Weber")
                            && everyone.contains("Bob Baker"),
                    everyone);

            alice.select("department", "Finance");
            alice.find(By.id("supporters")).click();
            alice.find(By.id("find-allies")).click();
            alice.waitFor(By.id("ally-list"));
            assertTrue(
                    alice.currentUrl().contains("department=Finance"),
                    "the search can be bookmarked: " + alice.currentUrl());
            assertTrue(alice.find(By.id("supporters")).isSelected(), "the filter stays as chosen");
            assertEquals(
                    "Finance",
                    new org.openqa.selenium.support.ui.Select(alice.find(By.id("department")))
                            .getFirstSelectedOption()
                            .getText());
            String finance = alice.find(By.id("ally-list")).getText();
            assertTrue(finance.contains("Lena Fischer"), finance);
            assertFalse(finance.contains("Hannah Weber"), "neutral, not an ally: " + finance);
            assertFalse(finance.contains("Bob Baker"), "Engineering: " + finance);

            dotOf(alice, "Lena Fischer").click();
            alice.waitForText(By.id("ally-details"), "Flexible work hours: stakeholder, supporter");

            alice.open("allies.xhtml");
            WebElement bob = dotOf(alice, "Bob Baker");
            alice.script("arguments[0].focus();", bob);
            bob.sendKeys(Keys.ENTER);
            alice.waitForText(By.id("ally-details"), "Bob Baker");
            assertTrue(
                    alice.find(By.id("ally-details")).getText().contains("Shared on-call rota: member"),
                    alice.find(By.id("ally-details")).getText());
        }
    }

    @Test
    void alice_searches_by_name_reads_the_names_in_the_graph_and_zooms_with_buttons() {
        try (Browser alice = Browser.signedInAs("alice")) {
            alice.open("allies.xhtml");
            alice.waitFor(By.id("ally-network"));
            String names = (String)
                    alice.script(
                            "return Array.from(document.querySelectorAll('.ally-names text')).map(t => t.textContent).join('|');");
            assertTrue(
                    names.contains("Lena Fischer") && names.contains("Bob Baker"),
                    "every person's name is drawn: " + names);

            alice.type(By.id("name"), "fISCH");
            alice.find(By.id("find-allies")).click();
            alice.waitFor(By.id("ally-list"));
            assertTrue(
                    alice.currentUrl().contains("name=fISCH"), "the search can be bookmarked: " + alice.currentUrl());
            String found = alice.find(By.id("ally-list")).getText();
            assertTrue(found.contains("Lena Fischer"), found);
            assertFalse(found.contains("Bob Baker") || found.contains("Hannah Weber"), found);
            assertEquals("fISCH", alice.find(By.id("name")).getAttribute("value"), "the search stays as typed");

            String before = alice.find(By.id("ally-network")).getDomAttribute("viewBox");
            alice.find(By.id("ally-zoom-in")).click();
            String zoomed = alice.find(By.id("ally-network")).getDomAttribute("viewBox");
            assertFalse(before.equals(zoomed), "zoomed in: " + before + " -> " + zoomed);
            alice.find(By.id("ally-zoom-reset")).click();
            assertEquals(before, alice.find(By.id("ally-network")).getDomAttribute("viewBox"));
        }
    }
}
