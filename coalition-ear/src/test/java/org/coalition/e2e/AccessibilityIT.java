package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

/**
 * axe-core (the npm package, fetched by the build into .coalition/downloads) on every main page in Chromium:
 * no violation of impact serious or critical, and no error in the browser's console (a script error, a refused
 * resource). A failure lists each violation with its rule, help and elements, and each console error.
 */
@ResourceLock(value = SharedState.DEMO_COALITION, mode = ResourceAccessMode.READ)
class AccessibilityIT {

    private static String axe;

    @BeforeAll
    static void loadAxe() throws IOException {
        Path file = Path.of(System.getProperty("coalition.axe", "../.coalition/downloads/axe-core-4.10.3.min.js"));
        axe = Files.readString(file);
        assertTrue(axe.contains("axe"), "axe-core at " + file);
    }

    /** The serious and critical violations axe finds on the page the browser shows, one line per element. */
    static List<String> seriousViolations(Browser browser) {
        browser.waitFor(By.tagName("main"));
        browser.script(axe);
        Object result = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(r.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .flatMap(v => v.nodes.map(n => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                            + n.target.join(' ') + ' ' + n.html.substring(0, 160) + ' | ' + (n.failureSummary || '').replace(/\s+/g, ' ')))))
                   .catch(e => done(['axe failed: ' + e]));""");
        List<String> lines = new ArrayList<>();
        for (Object line : (List<?>) result) {
            lines.add(String.valueOf(line));
        }
        return lines;
    }

    private static Map<String, List<String>> check(Browser browser, Map<String, String> pages) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (var page : pages.entrySet()) {
            browser.consoleErrors(); // what earlier pages wrote
            browser.open(page.getValue());
            List<String> violations = new ArrayList<>(seriousViolations(browser));
            String address = browser.currentUrl();
            browser.consoleErrors().stream()
                    // an error page's own status is what it is for; any other failed resource counts
                    .filter(error -> !(error.startsWith(address + " ")
                            && error.contains("Failed to load resource: the server responded")))
                    .forEach(error -> violations.add("console error: " + error));
            System.out.println("axe " + page.getKey() + ": " + violations.size() + " serious/critical violation(s)");
            if (!violations.isEmpty()) {
                found.put(page.getKey() + " (" + page.getValue() + ")", violations);
            }
        }
        return found;
    }

    private static String report(Map<String, List<String>> found) {
        StringBuilder text = new StringBuilder("Serious or critical accessibility violations:\n");
        found.forEach((page, lines) -> {
            text.append(page).append('\n');
            lines.forEach(line -> text.append("  ").append(line).append('\n'));
        });
        return text.toString();
    }

    @Test
    void every_main_page_of_a_sponsor_and_member_has_no_serious_violation() {
        try (Browser alice = Browser.signedInAs("alice")) {
            alice.waitFor(By.linkText("Flexible work hours")).click();
            alice.waitFor(By.id("coalition-name"));
            String id = alice.find(By.id("nav-dashboard")).getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
            alice.open("coalitions/stakeholders.xhtml?id=" + id);
            String stakeholder = alice.waitFor(By.cssSelector("a[href*='stakeholder.xhtml?id=']"))
                    .getAttribute("href")
                    .replaceAll(".*[?&]id=(\\d+).*", "$1");
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("index", "");
            pages.put("coalition", "coalitions/coalition.xhtml?id=" + id);
            pages.put("dashboard", "coalitions/dashboard.xhtml?id=" + id);
            pages.put("register", "coalitions/stakeholders.xhtml?id=" + id);
            pages.put("stakeholder", "coalitions/stakeholder.xhtml?id=" + stakeholder);
            pages.put("stakeholder form", "coalitions/stakeholder-form.xhtml?coalition=" + id);
            pages.put("map", "coalitions/map.xhtml?id=" + id);
            pages.put("network", "coalitions/network.xhtml?id=" + id + "&person=s" + stakeholder);
            pages.put("common ground", "coalitions/common-ground.xhtml?id=" + id);
            pages.put("quick wins", "coalitions/quick-wins.xhtml?id=" + id);
            pages.put("differences", "coalitions/differences.xhtml?id=" + id);
            pages.put("rhythm", "coalitions/rhythm.xhtml?id=" + id);
            pages.put("engagement", "coalitions/engagement.xhtml?id=" + id);
            pages.put("audit", "coalitions/audit.xhtml?id=" + id);
            pages.put("my work", "my-work.xhtml");
            pages.put("sponsor", "sponsor.xhtml");
            pages.put("allies", "allies.xhtml");
            pages.put("propose", "coalitions/propose.xhtml");
            pages.put("new-coalition wizard", "coalitions/new.xhtml");
            Map<String, List<String>> found = check(alice, pages);
            assertEquals(Map.of(), found, report(found));
        }
    }

    @Test
    void the_administration_pages_have_no_serious_violation() {
        try (Browser dana = Browser.signedInAs("dana")) {
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("admin access", "admin/access.xhtml");
            pages.put("admin templates", "admin/templates.xhtml");
            pages.put("index (administrator)", "");
            pages.put("error page (not found)", "no-such-page.xhtml");
            Map<String, List<String>> found = check(dana, pages);
            assertEquals(Map.of(), found, report(found));
        }
    }

    @Test
    void the_check_sees_a_console_error_when_a_page_has_one() {
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.consoleErrors();
            bob.script("setTimeout(() => { throw new Error('console-probe'); }, 0);");
            bob.waitUntil(() -> bob.consoleErrors().stream().anyMatch(error -> error.contains("console-probe")));
        }
    }

    @Test
    void the_check_finds_a_violation_when_there_is_one() {
        try (Browser bob = Browser.signedInAs("bob")) {
            // an unlabelled field and an image button without a name: axe must see them, or the test above proves
            // nothing
            bob.script("""
                    const main = document.querySelector('main');
                    main.insertAdjacentHTML('beforeend', '<input type="text" id="axe-probe"><button id="axe-probe-2"></button>');""");
            List<String> violations = seriousViolations(bob);
            assertTrue(violations.stream().anyMatch(v -> v.contains("axe-probe")), String.join("\n", violations));
        }
    }
}
