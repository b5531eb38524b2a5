package org.coalition.web.rhythm;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coalition.rhythm.RhythmService;
import org.coalition.rhythm.SyncCadence;

/**
 * {@code GET /calendar/{token}.ics}: a coalition's sync series for calendar apps to subscribe to.
 * <p>
 * Public in web.xml, because calendar apps cannot sign in through OpenID Connect: the token is the
 * credential. Never creates an HTTP session, and answers an unknown token with a bare 404 (not the
 * error page, which is a Faces view and would start one).
 */
@WebServlet(urlPatterns = "/calendar/*")
public class CalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern PATH = Pattern.compile("/(" + SyncCadence.FEED_TOKEN_PATTERN + ")\\.ics");

    @EJB
    private RhythmService rhythm;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
        Optional<String> calendar = path.matches() ? rhythm.calendarByToken(path.group(1)) : Optional.empty();
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (calendar.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=utf-8");
            response.getOutputStream().write("No such calendar.\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body = calendar.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=utf-8");
        response.setHeader("Content-Disposition", "inline; filename=\"coalition-sync.ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
