package org.coalition.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outermost filter: when the database is down, whatever the request was, the answer is the 503 page
 * with a plain explanation (the transaction was rolled back, so nothing is half-written), and the
 * application recovers by itself once the database is back (the pool validates its connections).
 */
public class UnavailableFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UnavailableFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!Unavailable.isDatabase(e) || response.isCommitted()) {
                throw e;
            }
            LOG.log(Level.WARNING, "Database unavailable on " + request.getRequestURI() + ": " + e);
            request.setAttribute("errorMessage", Unavailable.DATABASE);
            response.reset();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, Unavailable.DATABASE);
        }
    }
}
