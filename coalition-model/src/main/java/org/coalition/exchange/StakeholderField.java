package org.coalition.exchange;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The stakeholder form's fields a file column can fill, with the header names that suggest them
 * (English and German, compared without case, spaces or punctuation). The first name of each is
 * the header the register export writes, so an export reads back in with every column mapped.
 */
public enum StakeholderField {
    NAME("Name", "full name", "stakeholder", "person"),
    TITLE("Title", "job title", "role", "position", "titel", "funktion", "rolle"),
    LEVEL("Level", "ebene", "stufe", "hierarchy"),
    DEPARTMENT("Department", "dept", "team", "unit", "abteilung", "bereich"),
    INFLUENCE("Influence", "einfluss"),
    INTEREST("Interest", "interesse"),
    RESOURCES("Resources", "controls", "ressourcen"),
    STANCE("Stance", "attitude", "haltung", "einstellung"),
    RELATIONSHIP_OWNER("Relationship owner", "owner", "owner user name", "verantwortlich", "beziehungsverantwortlich"),
    SSO_USERNAME("SSO user name", "sso", "sso user", "username", "user name", "benutzername"),
    NOTES("Notes", "note", "comment", "comments", "notizen", "bemerkungen", "anmerkungen");

    private final String header;
    private final List<String> synonyms;

    StakeholderField(String header, String... synonyms) {
        this.header = header;
        this.synonyms = List.of(synonyms);
    }

    /** The column header exports write for this field. */
    public String header() {
        return header;
    }

    /** Whether a column header names this field. */
    public boolean matches(String columnHeader) {
        String key = key(columnHeader);
        if (key.isEmpty()) {
            return false;
        }
        return key.equals(key(header)) || key.equals(key(name())) || synonyms.stream().anyMatch(s -> key(s).equals(key));
    }

    /** Lower case, accents and everything but letters and digits removed: "Job-Title " → "jobtitle". */
    public static String key(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
