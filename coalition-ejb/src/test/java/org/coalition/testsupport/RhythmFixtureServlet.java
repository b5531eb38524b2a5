package org.coalition.testsupport;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionService;
import org.coalition.rhythm.CadenceDraft;
import org.coalition.rhythm.RhythmService;

/**
 * Lets the client side of an Arquillian test reach the rhythm service over HTTP, as a calendar app
 * does. POST {@code ?day=WEDNESDAY}: bob creates a coalition with a fortnightly 14:00 sync on that
 * day and gets its feed token back. GET {@code ?token=…}: the feed, fetched without signing in.
 */
@WebServlet("/it/rhythm")
public class RhythmFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private AsBob bob;

    @EJB
    private CoalitionService coalitions;

    @EJB
    private RhythmService rhythm;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DayOfWeek day = DayOfWeek.valueOf(request.getParameter("day"));
        String token = bob.call(() -> {
            long id = coalitions
                    .propose(new CoalitionDraft(
                            "Feed " + UUID.randomUUID().toString().substring(0, 8),
                            "Meet on a rhythm",
                            LocalDate.now().plusMonths(3)))
                    .getId();
            CadenceDraft draft = CadenceDraft.of(rhythm.cadence(id).cadence());
            draft.setEveryWeeks(2);
            draft.setDayOfWeek(day);
            draft.setTime(LocalTime.of(14, 0));
            draft.setDurationMinutes(30);
            rhythm.setCadence(id, null, draft);
            return rhythm.feedToken(id);
        });
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write(token.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var calendar = rhythm.calendarByToken(request.getParameter("token"));
        if (calendar.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar; charset=utf-8");
        response.getOutputStream().write(calendar.get().getBytes(StandardCharsets.UTF_8));
    }
}
