package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

/** Trust before the main initiative: skipping it needs an explicit, recorded confirmation; quick wins are planned and completed. */
@ResourceLock(SharedState.DEMO_COALITION)
class TrustBuildingIT {

    @Test
    void moving_to_the_main_initiative_without_a_quick_win_asks_to_confirm_a_warning_first() {
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.open("coalitions/propose.xhtml");
            bob.type(
                    By.id("propose:name"),
                    "Shared on-call " + UUID.randomUUID().toString().substring(0, 5));
            bob.type(By.id("propose:objective"), "One on-call rota across teams.");
            bob.typeDate("propose:targetDate", LocalDate.now().plusMonths(3).toString());
            bob.find(By.id("propose:submit")).click();
            bob.waitFor(By.id("coalition-name"));

            bob.select("phase:target", "Trust building");
            bob.find(By.id("phase:move")).click();
            bob.waitForText(By.id("phase"), "Trust building");

            bob.select("phase:target", "Main initiative");
            bob.find(By.id("phase:move")).click();
            bob.waitForText(By.id("phase:warning"), "quick win");
            assertEquals("Trust building", bob.find(By.id("phase")).getText(), "nothing moves before the confirmation");
            bob.find(By.id("phase:confirm")).click();
            bob.waitForText(By.id("phase"), "Main initiative");
        }
    }

    @Test
    void bob_plans_and_completes_a_quick_win_and_it_is_celebrated() {
        String title = "Lunch talk " + UUID.randomUUID().toString().substring(0, 5);
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.waitFor(By.linkText("Flexible work hours")).click();
            bob.waitFor(By.id("nav-quick-wins")).click();
            bob.type(By.id("plan:title"), title);
            bob.type(By.id("plan:criteria"), "Ten people come");
            bob.pick("plan:stakeholders", "Ken Od", "Ken Oduya (Operations)");
            bob.waitForText(By.id("plan:chosenStakeholders"), "Ken Oduya");
            bob.pick("plan:members", "Bob Ba", "Bob Baker");
            bob.waitForText(By.id("plan:chosenMembers"), "Bob Baker");
            bob.find(By.id("plan:save")).click();
            bob.waitForText(By.id("messages"), "Quick win planned.");

            String finish = bob.waitFor(By.xpath("//div[contains(@class,'quick-win')][.//strong[text()='" + title
                            + "']]//div[contains(@class,'finish')]"))
                    .getAttribute("id");
            bob.type(By.id(finish.replaceFirst(":finish$", ":outcome")), "Twelve came, Ken asked good questions");
            bob.select(finish.replaceFirst(":finish$", ":trust:0:stance"), "Supporter");
            bob.find(By.id(finish.replaceFirst(":finish$", ":complete"))).click();
            bob.waitForText(By.id("messages"), "trust recorded");
            String card = bob.find(By.xpath("//div[contains(@class,'quick-win')][.//strong[text()='" + title + "']]"))
                    .getText();
            assertTrue(card.contains("Completed") && card.contains("Ken Oduya (Supporter)"), card);

            bob.find(By.id("nav-dashboard")).click();
            assertTrue(bob.waitFor(By.id("wins")).getText().contains(title));
        }
    }
}
