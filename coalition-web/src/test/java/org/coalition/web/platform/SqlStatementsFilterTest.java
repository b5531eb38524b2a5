package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics buffer of the SQL header: the header must precede a body of any size, the page must reach
 * the client byte for byte, and errors and redirects must not be mixed with half a page.
 */
class SqlStatementsFilterTest {

    /** What a container would have sent: headers, status, body; committed once the body is written. */
    static final class Sent {
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        Integer error;
        Integer contentLength;
        String contentType;
        boolean committed;
        String encoding = "UTF-8";

        HttpServletResponse response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    committed = true;
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {}
            };
            return (HttpServletResponse) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "setHeader", "addHeader" -> {
                            if (!committed) {
                                headers.put((String) args[0], (String) args[1]);
                            }
                            yield null;
                        }
                        case "setContentType" -> {
                            contentType = (String) args[0];
                            yield null;
                        }
                        case "getContentType" -> contentType;
                        case "setStatus", "addCookie" -> null;
                        case "getWriter" ->
                            new java.io.PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
                        case "setContentLength" -> {
                            contentLength = (Integer) args[0];
                            yield null;
                        }
                        case "isCommitted" -> committed;
                        case "getCharacterEncoding" -> encoding;
                        case "getOutputStream" -> out;
                        case "sendError" -> {
                            error = (Integer) args[0];
                            committed = true;
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    @Test
    void a_page_larger_than_any_container_buffer_arrives_whole_after_the_header() throws IOException {
        Sent sent = new Sent();
        var buffered = new SqlStatementsFilter.BufferedResponse(sent.response());
        String line = "<p>Änderung · ünïcödé €</p>\n";
        StringBuilder page = new StringBuilder();
        var writer = buffered.getWriter();
        for (int i = 0; i < 20_000; i++) { // about 600 KB
            writer.write(line);
            page.append(line);
        }
        buffered.flushBuffer();
        assertFalse(sent.committed, "nothing reaches the client before the filter is done");
        sent.response().setHeader(SqlStatementsFilter.HEADER, "7");
        buffered.release();
        byte[] expected = page.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals("7", sent.headers.get(SqlStatementsFilter.HEADER));
        assertEquals(expected.length, sent.contentLength);
        assertEquals(page.toString(), sent.body.toString(StandardCharsets.UTF_8));
    }

    @Test
    void an_error_drops_what_was_rendered_before_it() throws IOException {
        Sent sent = new Sent();
        var buffered = new SqlStatementsFilter.BufferedResponse(sent.response());
        buffered.getWriter().write("<p>half a page</p>");
        buffered.sendError(HttpServletResponse.SC_FORBIDDEN);
        assertTrue(buffered.isCommitted());
        buffered.release();
        assertEquals(403, sent.error);
        assertEquals(0, sent.body.size());
        assertNull(sent.contentLength);
    }

    @Test
    void reset_buffer_forgets_the_written_body() throws IOException {
        Sent sent = new Sent();
        var buffered = new SqlStatementsFilter.BufferedResponse(sent.response());
        buffered.getOutputStream().write("old".getBytes(StandardCharsets.US_ASCII));
        buffered.resetBuffer();
        buffered.getOutputStream().write("new".getBytes(StandardCharsets.US_ASCII));
        buffered.release();
        assertEquals("new", sent.body.toString(StandardCharsets.US_ASCII));
        assertEquals(3, sent.contentLength);
    }
}
