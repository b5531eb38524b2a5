package org.coalition.exchange;

/** A {@link TableWriter} into a file being written; {@link #close()} finishes the file (and does not close the stream). */
public interface TableFile extends TableWriter, AutoCloseable {

    @Override
    void close();
}
