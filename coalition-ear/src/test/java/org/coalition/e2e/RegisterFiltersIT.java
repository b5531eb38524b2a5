package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The stakeholder register's filters, as a member uses them in a coalition of his own: by stance and by
 * department, each narrowing the table in place (Ajax), and a name leading to the stakeholder's page.
 */
class RegisterFiltersIT {

    @Test
    void the_register_narrows_by_stance_and_by_department_and_links_each_name() {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        String supporter = "Ada Supporter " + tag;
        String skeptic = "Sam Skeptic " + tag;
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.open("coalitions/propose.xhtml");
            bob.type(By.id("propose:name"), "Register filters " + tag);
            bob.type(By.id("propose:objective"), "A register to filter.");
            bob.typeDate("propose:targetDate", LocalDate.now().plusMonths(3).toString());
            bob.find(By.id("propose:submit")).click();
            bob.waitFor(By.id("coalition-name"));
            bob.find(By.id("nav-stakeholders")).click();
            bob.waitFor(By.id("register:stakeholders"));
            String register = bob.currentUrl();
            addStakeholder(bob, supporter, "Engineering", "Supporter");
            bob.open(register.replace(Browser.APP, ""));
            addStakeholder(bob, skeptic, "Finance", "Skeptic");
            bob.open(register.replace(Browser.APP, ""));
            assertEquals(List.of(supporter, skeptic), names(bob), "both, by name");

            bob.select("register:stance", "Skeptic");
            bob.waitUntil(() -> names(bob).equals(List.of(skeptic)));
            bob.select("register:stance", "Any stance");
            bob.waitUntil(() -> names(bob).size() == 2);
            bob.select("register:department", "Engineering");
            bob.waitUntil(() -> names(bob).equals(List.of(supporter)));

            bob.find(By.linkText(supporter)).click();
            bob.waitForText(By.id("stakeholder-name"), supporter);
        }
    }

    private static void addStakeholder(Browser bob, String name, String department, String stance) {
        bob.waitFor(By.id("add-stakeholder")).click();
        bob.type(By.id("stakeholder:name"), name);
        bob.type(By.id("stakeholder:title"), "Lead");
        bob.type(By.id("stakeholder:department"), department);
        bob.type(By.id("stakeholder:influence"), "3");
        bob.type(By.id("stakeholder:interest"), "3");
        bob.select("stakeholder:stance", stance);
        bob.find(By.id("stakeholder:save")).click();
        bob.waitForText(By.id("stakeholder-name"), name);
    }

    /** The names in the register's table, in its order; none while the table is being replaced. */
    private static List<String> names(Browser bob) {
        try {
            return bob.find(By.id("register:stakeholders")).findElements(By.cssSelector("a.stakeholder-link")).stream()
                    .map(WebElement::getText)
                    .toList();
        } catch (StaleElementReferenceException replaced) {
            return List.of();
        }
    }
}
