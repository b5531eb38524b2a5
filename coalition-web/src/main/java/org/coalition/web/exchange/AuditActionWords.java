package org.coalition.web.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.coalition.audit.AuditAction;
import org.coalition.exchange.TableWriter;
import org.coalition.web.platform.I18n;

/**
 * The audit trail's export with each entry's action in words too: the {@code Action} column keeps the stored code
 * (stable, what scripts and older exports have), and a last column says it in the exporter's language, the same
 * words as the audit page ({@code enum.AuditAction.*}). A code not on the list is written as it is.
 */
final class AuditActionWords implements TableWriter {

    /** The column of the export that holds the action's code. */
    static final String CODE_COLUMN = "Action";

    private final TableWriter out;
    private final ResourceBundle words;
    private int column = -1;

    AuditActionWords(TableWriter out, Locale locale) {
        this.out = out;
        this.words = I18n.bundle(locale);
    }

    /** The language of the pages for a request's Accept-Language: the first one we have, else English (as Faces picks). */
    static Locale language(Enumeration<Locale> accepted) {
        for (Locale locale : Collections.list(accepted)) {
            if (locale.getLanguage().equals(Locale.GERMAN.getLanguage())) {
                return Locale.GERMAN;
            }
            if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void header(List<String> header) {
        column = header.indexOf(CODE_COLUMN);
        if (column < 0) {
            throw new IllegalStateException("The audit export has no " + CODE_COLUMN + " column: " + header);
        }
        List<String> more = new ArrayList<>(header);
        more.add(words.getString("audit.exportLabelColumn"));
        out.header(more);
    }

    @Override
    public void row(Object... values) {
        String code = TableWriter.cell(values[column]);
        Object[] more = new Object[values.length + 1];
        System.arraycopy(values, 0, more, 0, values.length);
        more[values.length] = AuditAction.find(code).map(this::words).orElse(code);
        out.row(more);
    }

    private String words(AuditAction action) {
        return words.getString("enum.AuditAction." + action.name());
    }
}
