package org.coalition.web.privacy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.coalition.platform.BusinessException;
import org.coalition.privacy.DataSubject;
import org.coalition.privacy.PrivacyService;

/**
 * {@code GET /admin/privacy-export?person=USERNAME} or {@code ?stakeholder=ID}: everything recorded about one
 * person as a JSON download, streamed from {@link PrivacyService#export} (administrators only: 403 for
 * anyone else, 404 when nothing is recorded, both before anything is sent).
 */
@WebServlet(urlPatterns = "/admin/privacy-export")
public class PrivacyExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private PrivacyService privacy;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DataSubject subject = subject(request.getParameter("person"), request.getParameter("stakeholder"));
        if (subject == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            privacy.describe(subject); // refusals and "not found" before the headers
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessException e) {
            response.sendError(e.httpStatus());
            return;
        }
        String name = subject.username() != null ? subject.username() : "stakeholder-" + subject.stakeholderId();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"personal-data-" + name.replaceAll("[^A-Za-z0-9._-]", "-") + "-"
                        + LocalDate.now() + ".json\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        privacy.export(subject, response.getOutputStream());
    }

    private static DataSubject subject(String person, String stakeholder) {
        if (person != null && !person.isBlank() && stakeholder == null) {
            return DataSubject.person(person);
        }
        if (stakeholder != null && person == null) {
            try {
                return DataSubject.stakeholder(Long.parseLong(stakeholder));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
