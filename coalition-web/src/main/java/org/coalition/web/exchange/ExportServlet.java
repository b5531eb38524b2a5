package org.coalition.web.exchange;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coalition.exchange.ExportFormat;
import org.coalition.exchange.ExportService;
import org.coalition.exchange.TableFile;
import org.coalition.exchange.TableWriter;
import org.coalition.platform.BusinessException;

/**
 * {@code GET /export/{what}.{csv|xlsx|pdf}?coalition=ID}: a download of a coalition's stakeholders,
 * tasks, milestones, quick wins or audit trail ({@code my-tasks} needs no coalition). The signed-in
 * person's access decides, in {@link ExportService}: the same refusals as the pages (403, 404) and no
 * private fields for those who may not read notes.
 */
@WebServlet(urlPatterns = "/export/*")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern PATH = Pattern.compile("/([a-z-]+)\\.(csv|xlsx|pdf)");

    /** Writes the export's rows for a coalition (null for my-tasks) to the writer. */
    @FunctionalInterface
    private interface Rows {
        void write(Long coalitionId, TableWriter out);
    }

    private record Export(String title, Rows rows) {}

    private static final Logger LOG = Logger.getLogger(ExportServlet.class.getName());

    @EJB
    private ExportService exports;

    @Inject
    private ExportSlots slots;

    private Map<String, Export> exportsByName(HttpServletRequest request) {
        return Map.of(
                "stakeholders", new Export("Stakeholder register", exports::stakeholders),
                "tasks", new Export("Tasks", exports::tasks),
                "milestones", new Export("Milestones", exports::milestones),
                "quick-wins", new Export("Quick wins", exports::quickWins),
                "audit",
                        new Export(
                                "Audit trail",
                                (coalitionId, out) -> exports.audit(
                                        coalitionId,
                                        new AuditActionWords(out, AuditActionWords.language(request.getLocales())))),
                "influence-links", new Export("Influence links", exports::influenceLinks),
                "commitments", new Export("Commitments", exports::commitments),
                "ratings", new Export("Rating rounds", exports::ratings),
                "coverage", new Export("Coverage", exports::coverage),
                "my-tasks", new Export("My open tasks", (ignored, out) -> exports.myTasks(out)));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
        Export export = path.matches() ? exportsByName(request).get(path.group(1)) : null;
        boolean mine = path.matches() && path.group(1).equals("my-tasks");
        Long coalitionId = coalition(request.getParameter("coalition"));
        if (export == null || (coalitionId == null && !mine)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ExportFormat format = ExportFormat.valueOf(path.group(2).toUpperCase(Locale.ROOT));
        boolean written;
        try {
            written = slots.inTurn(() -> write(export, format, coalitionId, mine, path.group(1), response));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            written = false;
        }
        if (!written) {
            // many large downloads at once: nothing was written, the reader may ask again shortly
            response.setHeader("Retry-After", "30");
            request.setAttribute("errorMessageKey", "error503.exportsBusy");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private void write(
            Export export,
            ExportFormat format,
            Long coalitionId,
            boolean mine,
            String what,
            HttpServletResponse response)
            throws IOException {
        Download download;
        try {
            String coalitionName = mine ? "" : exports.coalitionName(coalitionId);
            String title = mine ? export.title() : export.title() + " \u2013 " + coalitionName;
            String fileName =
                    slug((mine ? "" : coalitionName + " ") + what) + "-" + LocalDate.now() + "." + format.extension();
            download = new Download(response, format, title, fileName);
            export.rows().write(coalitionId, download);
        } catch (BusinessException e) {
            // refusals come before the header, so nothing has been sent yet
            response.sendError(e.httpStatus());
            return;
        } catch (RuntimeException e) {
            if (response.isCommitted() && clientGone(e)) {
                // the reader closed the download (or its connection) midway: nothing to answer, nothing to log loudly
                LOG.log(Level.FINE, "Export {0} abandoned by the client", what);
                return;
            }
            throw e;
        }
        download.finish();
    }

    /**
     * Whether a failure, once the download was under way, came from writing to the connection: the client
     * closed it (the container says "Connection is closed", "Broken pipe" or "Connection reset").
     */
    static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The response as a table file, streamed: the headers of the download go out with the table's header
     * row (once access is granted), the rows as they come.
     */
    private static final class Download implements TableWriter {
        private final HttpServletResponse response;
        private final ExportFormat format;
        private final String title;
        private final String fileName;
        private TableFile file;

        Download(HttpServletResponse response, ExportFormat format, String title, String fileName) {
            this.response = response;
            this.format = format;
            this.title = title;
            this.fileName = fileName;
        }

        @Override
        public void header(List<String> header) {
            response.setContentType(format.contentType());
            response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
            response.setHeader("Cache-Control", "private, no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            try {
                file = format.open(title, response.getOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            file.header(header);
        }

        @Override
        public void row(Object... values) {
            file.row(values);
        }

        void finish() {
            if (file != null) {
                file.close();
            }
        }
    }

    private static Long coalition(String parameter) {
        try {
            return parameter == null ? null : Long.valueOf(parameter);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "Flexible work hours stakeholders" → "flexible-work-hours-stakeholders" (ASCII, safe in any header). */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        slug = slug.isEmpty() ? "export" : slug;
        return new String(slug.getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII)
                .substring(0, Math.min(80, slug.length()));
    }
}
