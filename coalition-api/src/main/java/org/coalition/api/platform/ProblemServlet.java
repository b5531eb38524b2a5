package org.coalition.api.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of the API module (web.xml): what the container itself refuses before any resource runs
 * (no or an invalid token: 401; a token without any of the application's roles: 403) as problem+json too.
 */
@WebServlet("/problem")
public class ProblemServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Problem problem = switch (status) {
            case 401 ->
                new Problem(
                        Problem.type("unauthorized"),
                        "Sign-in required",
                        401,
                        "Send a valid access token from the identity provider: Authorization: Bearer <token>.",
                        (String) uri,
                        null);
            case 403 ->
                new Problem(
                        Problem.type("forbidden"),
                        "Not allowed",
                        403,
                        "Your account has none of the application's roles.",
                        (String) uri,
                        null);
            case 404 ->
                new Problem(
                        Problem.type("not-found"),
                        "Not found",
                        404,
                        "There is nothing at this address.",
                        (String) uri,
                        null);
            default ->
                new Problem(
                        Problem.type("internal"),
                        "Internal error",
                        status,
                        "Something went wrong on our side; it has been logged. Please try again later.",
                        (String) uri,
                        null);
        };
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(problem));
    }
}
