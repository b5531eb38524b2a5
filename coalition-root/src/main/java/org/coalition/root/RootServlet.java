package org.coalition.root;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The server's root: {@code /} leads to the pages (init parameter {@code target}), anything else is not here
 * (404). Also the root context's error page, so that the container's own refusals answer with a status line
 * and no server name. Payara's health, metrics and OpenAPI endpoints live in this context too (Payara adds their
 * servlets to whatever application sits at {@code /}) and keep answering: their mappings are longer than this
 * default one.
 */
public class RootServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private String target = "/coalition/";

    @Override
    public void init() throws ServletException {
        String configured = getInitParameter("target");
        if (configured != null && !configured.isBlank()) {
            target = configured.strip();
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            writeStatus(response, status instanceof Integer code ? code : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.isEmpty() && !path.equals("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        } else {
            response.sendRedirect(target);
        }
    }

    /** A plain answer for an error: its status and nothing about the server. */
    static void writeStatus(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter()
                .write(status + (status == HttpServletResponse.SC_NOT_FOUND ? " Not found" : " Error") + "\n");
    }
}
