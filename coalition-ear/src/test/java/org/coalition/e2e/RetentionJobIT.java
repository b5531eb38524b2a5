package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The retention job at work on the real server, which the end-to-end build runs every 10 seconds
 * ({@code COALITION_JOBS_NOTE_RETENTION_SCHEDULE} in coalition-ear/pom.xml; the default is once a night): bob logs a
 * one-on-one held longer ago than the retention period (365 days), with private notes and a motivation; within
 * half a minute his stakeholder page shows it redacted: the conversation, its date and its motivation's category
 * stay, the words are gone; the coalition's audit trail names the job and what it redacted.
 */
class RetentionJobIT {

    @Test
    void a_one_on_one_older_than_the_retention_period_is_redacted_by_the_job_and_keeps_its_facts() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate heldOn = LocalDate.now().minusDays(400);
        String coalitionId;
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.open("coalitions/propose.xhtml");
            bob.type(By.id("propose:name"), "Old notes " + tag);
            bob.type(By.id("propose:objective"), "Shared desks that people actually like.");
            bob.typeDate("propose:targetDate", LocalDate.now().plusMonths(3).toString());
            bob.find(By.id("propose:submit")).click();
            bob.waitFor(By.id("coalition-name"));
            coalitionId = bob.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

            bob.find(By.id("nav-stakeholders")).click();
            bob.waitFor(By.id("add-stakeholder")).click();
            bob.type(By.id("stakeholder:name"), "Olaf Older " + tag);
            bob.type(By.id("stakeholder:department"), "Facilities");
            bob.type(By.id("stakeholder:influence"), "3");
            bob.type(By.id("stakeholder:interest"), "4");
            bob.select("stakeholder:stance", "Neutral");
            bob.find(By.id("stakeholder:save")).click();
            bob.waitForText(By.id("stakeholder-name"), "Olaf Older " + tag);
            String page = bob.currentUrl();

            bob.typeDate("conversation:heldOn", heldOn.toString());
            bob.type(By.id("conversation:notes"), "Olaf said he hates hot desks " + tag);
            bob.select("conversation:motivations:0:category", "Team morale");
            bob.type(By.id("conversation:motivations:0:description"), "Olaf wants his own corner " + tag);
            bob.find(By.id("conversation:log")).click();
            bob.waitForText(By.id("messages"), "Conversation logged");

            // the job runs every 10 s here: within 30 s the page shows the one-on-one redacted
            bob.waitUntil(() -> {
                bob.open(page.substring(page.indexOf("coalitions/")));
                return bob.isPresent(By.cssSelector(".conversation-redacted .conversation-redacted-note"));
            });
            String text = bob.pageText();
            assertFalse(
                    text.contains("hates hot desks") || text.contains("own corner"),
                    "the notes and the motivation's words are gone: " + text);
            assertTrue(text.contains("Team morale (strength"), "the motivation's category stays: " + text);
            assertTrue(
                    bob.find(By.cssSelector(".conversation-redacted"))
                            .getText()
                            .contains(String.valueOf(heldOn.getYear())),
                    "the date it was held stays");
            assertTrue(text.contains("Notes older than 365 days are redacted; this one on"), text);
        }

        // the run is on the coalition's audit trail, with its counts, for the administrators and sponsors
        try (Browser dana = Browser.signedInAs("dana")) {
            dana.open("coalitions/audit.xhtml?id=" + coalitionId);
            dana.waitForText(By.id("audit:entries"), "Old notes redacted");
            String trail = dana.find(By.id("audit:entries")).getText();
            assertTrue(trail.contains("note retention job"), trail);
            assertTrue(trail.contains("one-on-ones=1, stakeholder-notes=0, retention-days=365"), trail);
            assertFalse(trail.contains("hates hot desks"), trail);
        }
    }
}
