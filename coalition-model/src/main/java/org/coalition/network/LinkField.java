package org.coalition.network;

import java.util.List;
import org.coalition.exchange.ImportField;

/**
 * The columns an influence link file can fill, with the header names that suggest them (English and German,
 * compared without case, spaces or punctuation). The first name of each is the header the links' CSV export
 * writes, so an export reads back in with every column mapped.
 */
public enum LinkField implements ImportField {
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

    @Override
    public String header() {
        return header;
    }

    @Override
    public List<String> synonyms() {
        return synonyms;
    }

    /** Each header's field when its name suggests one not taken by an earlier column (null: ignored). */
    public static List<LinkField> guess(List<String> header) {
        return ImportField.guess(LinkField.class, header);
    }

    static String key(String text) {
        return ImportField.key(text);
    }
}
