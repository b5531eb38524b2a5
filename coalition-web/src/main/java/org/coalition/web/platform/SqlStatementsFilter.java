package org.coalition.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.coalition.platform.SqlStatements;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code COALITION_DIAGNOSTICS_SQL_HEADER=true} (the benchmark sets it), every page answers with a
 * header {@code X-Coalition-SQL-Statements}: how many SQL statements it took. The page is kept in a buffer
 * that grows with it (not a fixed 1 MB container buffer per request, which cost the benchmark more than the
 * pages it measured) so the header can still be set after the page is rendered. Off by default.
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
        BufferedResponse buffered = new BufferedResponse(response);
        SqlStatements.start();
        int statements;
        try {
            chain.doFilter(request, buffered);
        } finally {
            // on an exception the buffered body is dropped, as the container drops its own buffer for the error page
            statements = SqlStatements.stop();
        }
        if (!response.isCommitted()) {
            response.setHeader(HEADER, String.valueOf(statements));
        }
        buffered.release();
    }

    /**
     * Holds the body until the filter has set its header. Errors and redirects go straight to the container
     * (whatever was buffered is dropped, as the container would drop its own buffer).
     */
    static class BufferedResponse extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean passedOn;

        BufferedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() has already been called");
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("the diagnostics buffer is blocking");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() has already been called");
            }
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(body, charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public boolean isCommitted() {
            return passedOn || super.isCommitted();
        }

        @Override
        public void resetBuffer() {
            if (writer != null) {
                writer.flush();
            }
            body.reset();
        }

        @Override
        public void reset() {
            resetBuffer();
            super.reset();
        }

        @Override
        public void setBufferSize(int size) {
            // the body is buffered here whatever its size
        }

        @Override
        public int getBufferSize() {
            return Integer.MAX_VALUE;
        }

        @Override
        public void setContentLength(int length) {
            // set from the buffered body
        }

        @Override
        public void setContentLengthLong(long length) {
            // set from the buffered body
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            body.reset();
            passedOn = true;
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            body.reset();
            passedOn = true;
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            body.reset();
            passedOn = true;
            super.sendRedirect(location);
        }

        /** Whether an error or a redirect went straight to the container (nothing of the body is kept). */
        boolean passedOn() {
            return passedOn;
        }

        /** The body as buffered so far. */
        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return body.toByteArray();
        }

        /** Writes the buffered body to the container's response (after the filter set its header). */
        void release() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (passedOn || body.size() == 0) {
                return;
            }
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (!response.isCommitted()) {
                response.setContentLength(body.size());
            }
            body.writeTo(response.getOutputStream());
        }
    }
}
