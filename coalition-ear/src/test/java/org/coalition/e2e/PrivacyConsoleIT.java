package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * bob keeps private notes about a stakeholder and reads them (audited); dana, an administrator, downloads
 * everything about that stakeholder from the privacy page and erases them; bob then finds the record
 * without name or notes, the one-on-one still there without its words, and may not download anything.
 */
class PrivacyConsoleIT {

    private static long idFrom(String url) {
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    @Test
    void an_administrator_downloads_and_erases_a_stakeholder_and_the_coalition_keeps_the_facts() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "Pia Private " + tag;
        long coalitionId;
        long stakeholderId;
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.open("coalitions/propose.xhtml");
            bob.type(
                    By.id("propose:name"),
                    "Quiet rooms " + UUID.randomUUID().toString().substring(0, 6));
            bob.type(By.id("propose:objective"), "A quiet room on every floor.");
            bob.typeDate("propose:targetDate", LocalDate.now().plusMonths(3).toString());
            bob.find(By.id("propose:submit")).click();
            bob.waitFor(By.id("coalition-name"));
            coalitionId = idFrom(bob.currentUrl());

            bob.find(By.id("nav-stakeholders")).click();
            bob.waitFor(By.id("add-stakeholder")).click();
            bob.type(By.id("stakeholder:name"), name);
            bob.type(By.id("stakeholder:department"), "Facilities");
            bob.type(By.id("stakeholder:influence"), "3");
            bob.type(By.id("stakeholder:interest"), "4");
            bob.select("stakeholder:stance", "Neutral");
            bob.type(By.id("stakeholder:notes"), "Pia worries about noise " + tag);
            bob.find(By.id("stakeholder:save")).click();
            bob.waitForText(By.id("stakeholder-name"), name);
            stakeholderId = idFrom(bob.currentUrl());

            bob.type(By.id("conversation:notes"), "Pia said the open floor is exhausting " + tag);
            bob.select("conversation:motivations:0:category", "Team morale");
            bob.type(By.id("conversation:motivations:0:description"), "Pia needs calm " + tag);
            bob.find(By.id("conversation:log")).click();
            bob.waitForText(By.id("messages"), "Conversation logged");
            bob.waitForText(By.id("retention-rule"), "Notes older than 365 days are redacted");
        }

        String export;
        try (Browser dana = Browser.signedInAs("dana")) {
            dana.find(By.id("nav-access")).click();
            dana.waitFor(By.id("privacy-link")).click();
            dana.type(By.id("who"), name);
            dana.find(By.id("find-subject")).click();
            String row = "tr.record-row[data-id='" + stakeholderId + "']";
            export = dana.waitFor(By.cssSelector(row + " a.export-record")).getAttribute("href");
            HttpResponse<String> download = dana.get(export);
            assertEquals(200, download.statusCode());
            assertTrue(download.headers()
                    .firstValue("Content-Disposition")
                    .orElse("")
                    .contains("personal-data-stakeholder-" + stakeholderId));
            assertTrue(download.body().contains("Pia worries about noise " + tag), "the private notes");
            assertTrue(download.body().contains("Pia said the open floor is exhausting " + tag), "the one-on-one");

            dana.find(By.cssSelector(row + " button[id$='erase-record']")).click();
            dana.waitForText(By.id("confirm-erasure"), name);
            dana.find(By.id("confirm:erase")).click();
            dana.waitForText(
                    By.id("messages"), "was erased: 1 stakeholder record(s), 1 one-on-one(s), in 1 coalition(s).");
            dana.waitForText(By.id("logForm:log"), "privacy.erased");
            dana.waitForText(By.id("logForm:log"), "privacy.exported");
        }

        try (Browser bob = Browser.signedInAs("bob")) {
            bob.open("coalitions/stakeholder.xhtml?id=" + stakeholderId);
            bob.waitForText(By.id("stakeholder-name"), "[erased #" + stakeholderId + "]");
            bob.waitFor(By.id("stakeholder-erased"));
            assertFalse(bob.isPresent(By.id("stakeholder-notes")), "the private notes are gone");
            String page = bob.pageText();
            assertFalse(page.contains(tag), "nothing written about Pia is left on the page");
            assertTrue(page.contains("Team morale (strength"), "the one-on-one and its motivation's category stay");
            bob.waitFor(By.cssSelector(".conversation-redacted-note"));
            assertEquals(403, bob.statusOf(export), "only administrators download personal data");
        }

        try (Browser dana = Browser.signedInAs("dana")) {
            dana.open("coalitions/audit.xhtml?id=" + coalitionId);
            String trail = dana.find(By.id("audit:entries")).getText();
            assertTrue(trail.contains("Private notes read"), "who read Pia's notes is on the trail: " + trail);
            assertTrue(trail.contains("Person erased"), trail);
            assertFalse(trail.contains(tag), "the trail no longer names her");
        }
    }
}
