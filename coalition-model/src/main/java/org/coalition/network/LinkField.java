package org.coalition.network;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.coalition.exchange.StakeholderField;

/**
 * The columns an influence link file can fill, with the header names that suggest them (English and German,
 * compared without case, spaces or punctuation). The first name of each is the header the links' CSV export
 * writes, so an export reads back in with every column mapped.
 */
public enum LinkField {
    FROM("Who", "from", "source", "influencer", "has the ear", "von", "wer", "quelle"),
    TO("Has the ear of", "to", "target", "influences", "whom", "stakeholder", "an", "zu", "ziel", "hat das ohr von"),
    STRENGTH("Strength", "weight", "staerke", "stärke", "gewicht"),
    KIND("Kind", "type", "relationship", "art", "typ", "beziehung"),
    NOTE("Note", "notes", "comment", "notiz", "notizen", "bemerkung");

    private final String header;
    private final List<String> synonyms;

    LinkField(String header, String... synonyms) {
        this.header = header;
        this.synonyms = List.of(synonyms);
    }

    public String header() {
        return header;
    }

    /** Whether a column header names this field. */
    public boolean matches(String columnHeader) {
        String key = key(columnHeader);
        return !key.isEmpty() && (key.equals(key(header)) || key.equals(key(name())) || synonyms.stream().anyMatch(s -> key(s).equals(key)));
    }

    /** Each header's field when its name suggests one not taken by an earlier column (null: ignored). */
    public static List<LinkField> guess(List<String> header) {
        Set<LinkField> taken = EnumSet.noneOf(LinkField.class);
        List<LinkField> fields = new ArrayList<>();
        for (String column : header) {
            LinkField match = null;
            for (LinkField field : values()) {
                if (!taken.contains(field) && field.matches(column)) {
                    match = field;
                    taken.add(field);
                    break;
                }
            }
            fields.add(match);
        }
        return fields;
    }

    static String key(String text) {
        return StakeholderField.key(text);
    }
}
