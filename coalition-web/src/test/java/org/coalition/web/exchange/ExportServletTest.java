package org.coalition.web.exchange;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ExportServletTest {

    @Test
    void aClosedConnectionUnderTheContainersWrappingIsTheClientGone() {
        var closed = new EJBException(new UncheckedIOException(new IOException("Connection is closed")));
        assertTrue(ExportServlet.clientGone(closed));
    }

    @Test
    void aFailureWithoutInputOrOutputIsNot() {
        assertFalse(ExportServlet.clientGone(new EJBException(new IllegalStateException("a bug"))));
        assertFalse(ExportServlet.clientGone(new IllegalArgumentException()));
    }
}
