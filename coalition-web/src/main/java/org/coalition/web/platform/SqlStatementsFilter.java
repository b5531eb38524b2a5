package org.coalition.web.platform;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.coalition.platform.SqlStatements;

/**
 * With {@code COALITION_DIAGNOSTICS_SQL_HEADER=true} (the benchmark sets it), every page answers with a
 * header {@code X-Coalition-SQL-Statements}: how many SQL statements it took. The response is buffered
 * (up to 1 MB) so the header can still be set after the page is rendered. Off by default.
 */
public class SqlStatementsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "X-Coalition-SQL-Statements";

    @Inject
    @ConfigProperty(name = "coalition.diagnostics.sql-header", defaultValue = "false")
    boolean enabled;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        response.setBufferSize(1 << 20);
        SqlStatements.start();
        try {
            chain.doFilter(request, response);
        } finally {
            int statements = SqlStatements.stop();
            if (!response.isCommitted()) {
                response.setHeader(HEADER, String.valueOf(statements));
            }
        }
    }
}
