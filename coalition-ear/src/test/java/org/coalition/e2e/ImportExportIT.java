package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coalition.exchange.Csv;
import org.coalition.exchange.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

/**
 * Stakeholders in from CSV and Excel files (preview, mapping, report, all or nothing, thousands of rows
 * with progress), and the register, tasks, milestones and audit trail out as CSV, Excel and PDF, fetched
 * with the signed-in browser's session: an observer's register has no private notes.
 */
@ResourceLock(SharedState.DEMO_COALITION)
@ResourceLock(value = SharedState.ERIN, mode = ResourceAccessMode.READ)
class ImportExportIT {

    private static long idFrom(String url) {
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private static long propose(Browser bob) {
        bob.open("coalitions/propose.xhtml");
        bob.type(By.id("propose:name"), "Import " + UUID.randomUUID().toString().substring(0, 6));
        bob.type(By.id("propose:objective"), "Bring the people we already know into the register.");
        bob.typeDate("propose:targetDate", LocalDate.now().plusMonths(3).toString());
        bob.find(By.id("propose:submit")).click();
        bob.waitFor(By.id("coalition-name"));
        return idFrom(bob.currentUrl());
    }

    private static Path file(String suffix, byte[] content) {
        try {
            Path file = Files.createTempFile("coalition-import", suffix);
            Files.write(file, content);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the import page from the register's link and reads the file in. */
    private static void upload(Browser browser, long coalitionId, Path file) {
        browser.open("coalitions/stakeholders.xhtml?id=" + coalitionId);
        browser.waitFor(By.id("import-stakeholders")).click();
        browser.waitFor(By.cssSelector("input[type=file]"));
        browser.find(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.find(By.id("upload:read")).click();
        browser.waitFor(By.id("preview"));
    }

    /**
     * Starts the import and waits (up to {@code seconds}) for its outcome: first the running import's
     * progress (shown until the next poll, a second later), then the outcome that replaces it. An earlier
     * outcome on the page is never taken for this one, whatever the page's updates do in between (a poll
     * in flight can replace the page once more after an import ended).
     */
    private static String importAndWait(Browser browser, int seconds) {
        browser.find(By.id("import:start")).click();
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        boolean started = false;
        while (true) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(
                        "No import outcome after " + seconds + " s (started: " + started + "): " + browser.pageText());
            }
            try {
                if (browser.isPresent(By.id("progress-text"))) {
                    started = true;
                } else if (started && browser.isPresent(By.id("result"))) {
                    return browser.find(By.id("result")).getText();
                }
            } catch (org.openqa.selenium.NoSuchElementException
                    | org.openqa.selenium.StaleElementReferenceException e) {
                // the page was being replaced between two looks: look again
            }
            sleep(100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Downloads an export with the browser's session, as a click on its link does. */
    private static byte[] download(Browser browser, String path, String contentType) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(Browser.APP + path))
                                    .header("Cookie", browser.cookieHeader())
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(contentType), path);
            assertTrue(
                    response.headers()
                            .firstValue("Content-Disposition")
                            .orElse("")
                            .startsWith("attachment; filename="),
                    path);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<List<String>> xlsx(byte[] body) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pdfText(byte[] body) {
        try (var pdf = Loader.loadPDF(body)) {
            return new PDFTextStripper().getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void bob_imports_a_csv_after_mapping_a_column_and_reading_the_report_then_downloads_the_register() {
        long coalition;
        try (Browser bob = Browser.signedInAs("bob")) {
            coalition = propose(bob);
            // European Excel: semicolons, a byte order mark; "Org unit" is not a header the import knows
            String csv = "\uFEFFFull name;Org unit;Influence;Stance;Phone;Notes\r\n"
                    + "Kim Park;Finance;4;Supporter;+49 30 1;\"Budget owner; prefers e-mail\"\r\n"
                    + "Lars Berg;Engineering;2;;;\r\n"
                    + "Nina Roth;Sales;9;Fan;;\r\n"
                    + "kim  park;FINANCE;3;;;\r\n";
            upload(bob, coalition, file(".csv", csv.getBytes(StandardCharsets.UTF_8)));
            assertTrue(bob.find(By.id("preview")).getText().contains("Budget owner; prefers e-mail"));
            bob.waitForText(By.id("messages"), "Choose the column that holds the stakeholder's department.");

            bob.select("import:columns:1:field", "Department");
            bob.find(By.id("import:apply-mapping")).click();
            bob.waitFor(By.id("import:report"));
            String report = bob.find(By.id("import:report")).getText();
            assertTrue(report.contains("Influence is rated from 1 to 5."), report);
            assertTrue(report.contains("Stance \"Fan\" is not one of"), report);
            assertTrue(report.contains("Same name and department as row 2"), report);
            String counts = bob.find(By.id("counts")).getText();
            assertTrue(
                    counts.contains("2 valid") && counts.contains("1 likely duplicate") && counts.contains("1 invalid"),
                    counts);

            bob.tick("All or nothing: import only if every row is valid");
            String refused = importAndWait(bob, 60);
            assertTrue(refused.startsWith("Nothing was imported: 1 rows are invalid"), refused);

            bob.tick("Import the valid rows, leave out the invalid ones");
            String done = importAndWait(bob, 60);
            assertEquals("2 stakeholders imported. Left out: 1 likely duplicates, 1 invalid rows.", done);

            bob.find(By.id("import:to-register")).click();
            bob.waitFor(By.id("register:stakeholders"));
            String register = bob.find(By.id("register:stakeholders")).getText();
            assertTrue(register.contains("Kim Park") && register.contains("Lars Berg"), register);
            assertFalse(register.contains("Nina Roth"), "the invalid row was left out");

            // the export links on the register lead to the downloads fetched here with the same session
            assertTrue(bob.find(By.id("export-stakeholders-xlsx"))
                    .getAttribute("href")
                    .endsWith("/export/stakeholders.xlsx?coalition=" + coalition));
            List<List<String>> sheet = xlsx(
                    download(bob, "export/stakeholders.xlsx?coalition=" + coalition, "application/vnd.openxmlformats"));
            List<String> header = sheet.get(0);
            int notes = header.indexOf("Notes");
            assertTrue(notes > 0, "a member's export has the notes: " + header);
            List<String> kim = sheet.stream()
                    .filter(r -> r.get(0).equals("Kim Park"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("Budget owner; prefers e-mail", kim.get(notes));
            assertEquals("Supporter", kim.get(header.indexOf("Stance")));

            Table csvExport = Csv.read(new String(
                    download(bob, "export/stakeholders.csv?coalition=" + coalition, "text/csv"),
                    StandardCharsets.UTF_8));
            assertEquals(2, csvExport.rows().size());
            // a cell's words wrap onto lines of their own as the register's columns grow: compare words, not lines
            String pdf = pdfText(download(bob, "export/stakeholders.pdf?coalition=" + coalition, "application/pdf"))
                    .replaceAll("\\s+", " ");
            assertTrue(
                    pdf.contains("Stakeholder register") && pdf.contains("Kim Park") && pdf.contains("Lars Berg"), pdf);

            // every page with records to take away offers the three formats
            bob.open("coalitions/dashboard.xhtml?id=" + coalition);
            assertTrue(bob.waitFor(By.id("export-milestones-pdf"))
                    .getAttribute("href")
                    .endsWith("/export/milestones.pdf?coalition=" + coalition));
            assertTrue(bob.find(By.id("export-tasks-csv"))
                    .getAttribute("href")
                    .endsWith("/export/tasks.csv?coalition=" + coalition));
            bob.open("coalitions/quick-wins.xhtml?id=" + coalition);
            assertTrue(bob.waitFor(By.id("export-quick-wins-xlsx"))
                    .getAttribute("href")
                    .endsWith("/export/quick-wins.xlsx?coalition=" + coalition));
            bob.open("my-work.xhtml");
            assertTrue(bob.waitFor(By.id("export-my-tasks-csv"))
                    .getAttribute("href")
                    .endsWith("/export/my-tasks.csv"));
            for (String what : List.of("tasks", "milestones", "quick-wins")) {
                assertTrue(pdfText(download(bob, "export/" + what + ".pdf?coalition=" + coalition, "application/pdf"))
                                .length()
                        > 0);
            }
            assertEquals(
                    403,
                    bob.statusOf(Browser.APP + "export/audit.csv?coalition=" + coalition),
                    "members do not read the audit trail");
            List<List<String>> myTasks = xlsx(download(bob, "export/my-tasks.xlsx", "application/vnd.openxmlformats"));
            assertEquals(List.of("Coalition", "Task", "Milestone", "Due", "Status", "Progress notes"), myTasks.get(0));
        }
        try (Browser erin = Browser.signedInAs("erin")) {
            assertEquals(
                    403,
                    erin.statusOf(Browser.APP + "export/stakeholders.csv?coalition=" + coalition),
                    "not in the coalition");
            assertEquals(403, erin.statusOf(Browser.APP + "coalitions/import-stakeholders.xhtml?id=" + coalition));
            assertEquals(
                    404,
                    erin.statusOf(Browser.APP + "export/stakeholders.csv?coalition=999999999"),
                    "no such coalition");
        }
    }

    @Test
    void bob_imports_an_excel_sheet_into_the_demo_and_carols_observer_export_has_no_notes() throws IOException {
        String name = "Uma Patel " + UUID.randomUUID().toString().substring(0, 5);
        String secret = "Private: " + UUID.randomUUID();
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        try (XSSFWorkbook xlsx = new XSSFWorkbook()) {
            var sheet = xlsx.createSheet("People");
            String[] header = {"Name", "Department", "Level", "Influence", "Interest", "Notes"};
            var top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(name);
            row.createCell(1).setCellValue("Facilities");
            row.createCell(2).setCellValue("Individual contributor");
            row.createCell(3).setCellValue(1); // a number cell, as Excel stores it
            row.createCell(4).setCellValue(1);
            row.createCell(5).setCellValue(secret);
            xlsx.write(workbook);
        }
        long demo;
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.waitFor(By.linkText("Flexible work hours")).click();
            bob.waitFor(By.id("coalition-name"));
            demo = idFrom(bob.currentUrl());
            upload(bob, demo, file(".xlsx", workbook.toByteArray()));
            bob.waitFor(By.id("import:report"));
            assertEquals(
                    "1 stakeholders imported. Left out: 0 likely duplicates, 0 invalid rows.", importAndWait(bob, 60));
            List<List<String>> sheet =
                    xlsx(download(bob, "export/stakeholders.xlsx?coalition=" + demo, "application/vnd.openxmlformats"));
            assertTrue(sheet.stream().anyMatch(r -> r.contains(secret)), "bob, a member, reads the notes");
        }
        try (Browser carol = Browser.signedInAs("carol")) {
            carol.open("coalitions/stakeholders.xhtml?id=" + demo);
            carol.waitFor(By.id("register:stakeholders"));
            assertFalse(carol.isPresent(By.id("import-stakeholders")), "observers do not import");
            List<List<String>> sheet = xlsx(
                    download(carol, "export/stakeholders.xlsx?coalition=" + demo, "application/vnd.openxmlformats"));
            assertFalse(sheet.get(0).contains("Notes"), "no notes column for an observer: " + sheet.get(0));
            assertTrue(sheet.stream().anyMatch(r -> r.get(0).equals(name)), "the stakeholder is there");
            assertFalse(sheet.stream().flatMap(List::stream).anyMatch(cell -> cell.contains(secret)));
            String csv = new String(
                    download(carol, "export/stakeholders.csv?coalition=" + demo, "text/csv"), StandardCharsets.UTF_8);
            assertFalse(csv.contains(secret));
            String pdf = pdfText(download(carol, "export/stakeholders.pdf?coalition=" + demo, "application/pdf"));
            assertTrue(pdf.contains("Uma Patel") && !pdf.contains("Private:"), pdf);
            carol.open("coalitions/import-stakeholders.xhtml?id=" + demo);
            carol.waitFor(By.tagName("h1"));
            assertFalse(carol.isPresent(By.cssSelector("input[type=file]")), "no upload form for an observer");
        }
        try (Browser alice = Browser.signedInAs("alice")) {
            alice.open("coalitions/audit.xhtml?id=" + demo);
            String link = alice.waitFor(By.id("export-audit-pdf")).getAttribute("href");
            assertTrue(link.endsWith("/export/audit.pdf?coalition=" + demo), link);
            String audit = pdfText(download(alice, "export/audit.pdf?coalition=" + demo, "application/pdf"));
            assertTrue(audit.contains("stakeholder.imported"), audit);
            String auditCsv = new String(
                    download(alice, "export/audit.csv?coalition=" + demo, "text/csv"), StandardCharsets.UTF_8);
            assertTrue(auditCsv.lines().findFirst().orElseThrow().endsWith(",Action (words)"), auditCsv);
            assertTrue(
                    auditCsv.lines()
                            .anyMatch(l -> l.contains(",stakeholder.imported,") && l.endsWith(",Stakeholder imported")),
                    "the code, and the action in the exporter's words: " + auditCsv);
            assertFalse(audit.contains("Private:"), "private notes never reach the audit trail");
        }
    }

    @Test
    void three_thousand_rows_import_with_progress_in_reasonable_time() {
        StringBuilder csv = new StringBuilder("Name,Department,Title,Influence,Interest,Stance,Resources\n");
        for (int i = 1; i <= 3_000; i++) {
            csv.append("Person ")
                    .append(i)
                    .append(",Dept ")
                    .append(i % 12)
                    .append(",\"Lead, team ")
                    .append(i % 40)
                    .append("\",")
                    .append(i % 5 + 1)
                    .append(',')
                    .append((i * 7) % 5 + 1)
                    .append(",Neutral,Budget;Data\n");
        }
        try (Browser bob = Browser.signedInAs("bob")) {
            long coalition = propose(bob);
            upload(bob, coalition, file(".csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
            bob.waitFor(By.id("import:report"));
            assertTrue(
                    bob.find(By.id("counts")).getText().contains("3000 valid"),
                    bob.find(By.id("counts")).getText());
            long started = System.nanoTime();
            bob.find(By.id("import:start")).click();
            bob.waitFor(By.id("import:progress"));
            assertTrue(
                    bob.find(By.id("progress-text")).getText().matches("[\\d,]+ of 3,000 rows stored"),
                    bob.find(By.id("progress-text")).getText());
            long deadline = System.currentTimeMillis() + 180_000;
            while (!bob.isPresent(By.id("result")) && System.currentTimeMillis() < deadline) {
                sleep(250);
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            String result = bob.find(By.id("result")).getText();
            assertEquals("3,000 stakeholders imported. Left out: 0 likely duplicates, 0 invalid rows.", result);
            System.out.println("3,000 stakeholders imported through the page in " + seconds + " s");
            assertTrue(seconds < 120, "took " + seconds + " s");
            Table exported = Csv.read(new String(
                    download(bob, "export/stakeholders.csv?coalition=" + coalition, "text/csv"),
                    StandardCharsets.UTF_8));
            assertEquals(3_000, exported.rows().size());
        }
    }
}
