package org.coalition.exchange;

/** A file that cannot be read as a table, with a message for the person who uploaded it. */
public class ExchangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExchangeException(String message) {
        super(message);
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
