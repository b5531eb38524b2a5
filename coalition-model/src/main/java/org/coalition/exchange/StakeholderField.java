package org.coalition.exchange;

import java.util.List;

/**
 * The stakeholder form's fields a file column can fill, with the header names that suggest them
 * (English and German, compared without case, spaces or punctuation). The first name of each is
 * the header the register export writes, so an export reads back in with every column mapped.
 */
public enum StakeholderField implements ImportField {
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

    @Override
    public String header() {
        return header;
    }

    @Override
    public List<String> synonyms() {
        return synonyms;
    }

    /** Lower case, accents and everything but letters and digits removed: "Job-Title " → "jobtitle". */
    public static String key(String text) {
        return ImportField.key(text);
    }
}
