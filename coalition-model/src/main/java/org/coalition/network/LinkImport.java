package org.coalition.network;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.coalition.exchange.Table;
import org.coalition.network.InfluenceGraph.Ref;
import org.coalition.shared.Refusal;
import org.coalition.shared.Refused;
import org.coalition.shared.Said;

/**
 * Reads influence links from a table, the same way stakeholders are imported: each row names who has whose ear
 * (a stakeholder by name or SSO user name, a member by name, user name or e-mail), a strength 1–3, a kind and a
 * note, and is refused with its reason — an unknown or ambiguous person, a link to oneself or to a member, a link
 * already recorded or given twice in the file, a strength or kind that cannot be read, a note too long. Pure: the
 * service gives it the coalition's people and links and stores what it accepts, in one transaction.
 */
public final class LinkImport {

    /** More rows than this are refused as a whole: split the file. */
    public static final int MAX_ROWS = 20_000;

    /** One person a cell can name: the names they go by (any of them matches, without case). */
    public record Known(Ref ref, String name, List<String> aliases) {}

    /**
     * The verdict on one row (its number as a spreadsheet shows it, the header being row 1): the link read from it,
     * or why it is refused ({@code refusal}, a {@code said.linkImport.*} sentence).
     */
    public record Row(
            int rowNumber,
            String from,
            String to,
            Ref fromRef,
            Ref toRef,
            int strength,
            InfluenceKind kind,
            String note,
            Said refusal)
            implements Serializable {

        public boolean accepted() {
            return refusal == null;
        }
    }

    /** Every row's verdict in file order. */
    public record Report(List<Row> rows) implements Serializable {

        public Report {
            rows = List.copyOf(rows);
        }

        public List<Row> accepted() {
            return rows.stream().filter(Row::accepted).toList();
        }

        public long refused() {
            return rows.stream().filter(r -> !r.accepted()).count();
        }
    }

    private final Map<String, List<Known>> byName = new HashMap<>();
    private final Set<String> existing;

    /**
     * @param people   the coalition's stakeholders and members (not observers)
     * @param existing the links already recorded, as {@link #pair} keys
     */
    public LinkImport(List<Known> people, Set<String> existing) {
        for (Known person : people) {
            Set<String> keys = new java.util.HashSet<>();
            keys.add(key(person.name()));
            person.aliases().forEach(a -> keys.add(key(a)));
            keys.remove("");
            keys.forEach(k -> byName.computeIfAbsent(k, x -> new ArrayList<>()).add(person));
        }
        this.existing = existing;
    }

    /** The key of a link between two people, the same for the recorded and the imported. */
    public static String pair(Ref from, Ref to) {
        return from.key() + ">" + to.key();
    }

    /**
     * @param mapping each column's field, null for an ignored column
     * @throws Refused.Argument when the file as a whole cannot be imported (who or whom not mapped, a field mapped
     *                          twice, too many rows)
     */
    public Report check(Table table, List<LinkField> mapping) {
        Set<LinkField> seen = EnumSet.noneOf(LinkField.class);
        for (LinkField field : mapping) {
            if (field != null && !seen.add(field)) {
                throw new Refused.Argument(Refusal.LINK_IMPORT_FIELD_TWICE, field.header());
            }
        }
        if (!seen.contains(LinkField.FROM) || !seen.contains(LinkField.TO)) {
            throw new Refused.Argument(Refusal.LINK_IMPORT_WHO_AND_WHOM);
        }
        if (table.rows().size() > MAX_ROWS) {
            throw new Refused.Argument(
                    Refusal.LINK_IMPORT_TOO_MANY_ROWS, table.rows().size(), MAX_ROWS);
        }
        Map<String, Integer> inFile = new HashMap<>();
        List<Row> rows = new ArrayList<>(table.rows().size());
        for (int r = 0; r < table.rows().size(); r++) {
            rows.add(row(table, r, mapping, inFile));
        }
        return new Report(rows);
    }

    private Row row(Table table, int r, List<LinkField> mapping, Map<String, Integer> inFile) {
        int rowNumber = r + 2;
        String from = cell(table, r, mapping, LinkField.FROM);
        String to = cell(table, r, mapping, LinkField.TO);
        String strengthText = cell(table, r, mapping, LinkField.STRENGTH);
        String kindText = cell(table, r, mapping, LinkField.KIND);
        int column = mapping.indexOf(LinkField.NOTE);
        String note = column < 0 || table.cell(r, column).isBlank()
                ? null
                : table.cell(r, column).strip();
        Said refusal = null;
        Ref fromRef = null;
        Ref toRef = null;
        Integer strength = strength(strengthText);
        InfluenceKind kind = kindText.isEmpty() ? InfluenceKind.TRUSTED_PEER : kind(kindText);
        if (from.isEmpty() || to.isEmpty()) {
            refusal = Said.of("said.linkImport.missingPerson");
        } else if ((refusal = unknown(from, false)) == null && (refusal = unknown(to, true)) == null) {
            fromRef = only(from, false).ref();
            toRef = only(to, true).ref();
            if (fromRef.equals(toRef)) {
                refusal = Said.of("said.linkImport.self", from);
            } else if (existing.contains(pair(fromRef, toRef))) {
                refusal = Said.of("said.linkImport.exists", from, to);
            } else if (inFile.containsKey(pair(fromRef, toRef))) {
                refusal = Said.of("said.linkImport.twiceInFile", from, to, inFile.get(pair(fromRef, toRef)));
            }
        }
        if (refusal == null && strength == null) {
            refusal = Said.of("said.linkImport.badStrength", strengthText);
        }
        if (refusal == null && kind == null) {
            refusal = Said.of("said.linkImport.badKind", kindText);
        }
        if (refusal == null && note != null && note.length() > InfluenceLink.NOTE_MAX) {
            refusal = Said.of("said.linkImport.noteTooLong", InfluenceLink.NOTE_MAX);
        }
        if (refusal == null) {
            inFile.put(pair(fromRef, toRef), rowNumber);
            return new Row(rowNumber, from, to, fromRef, toRef, strength, kind, note, null);
        }
        return new Row(rowNumber, from, to, null, null, strength == null ? 0 : strength, kind, note, refusal);
    }

    /** Why a name does not name one person (a stakeholder for {@code whom}), or null when it does. */
    private Said unknown(String name, boolean whom) {
        List<Known> found = candidates(name, whom);
        if (found.isEmpty()) {
            if (whom && !candidates(name, false).isEmpty()) {
                return Said.of("said.linkImport.toMember", name);
            }
            return Said.of("said.linkImport.unknownPerson", name);
        }
        return found.size() > 1 ? Said.of("said.linkImport.ambiguous", name, found.size()) : null;
    }

    private Known only(String name, boolean whom) {
        return candidates(name, whom).get(0);
    }

    private List<Known> candidates(String name, boolean onlyStakeholders) {
        return byName.getOrDefault(key(name), List.of()).stream()
                .filter(k -> !onlyStakeholders || !k.ref().member())
                .toList();
    }

    private static String cell(Table table, int row, List<LinkField> mapping, LinkField field) {
        int column = mapping.indexOf(field);
        return column < 0 ? "" : table.cell(row, column).strip();
    }

    /** 1–3; empty is the form's default 2; spreadsheets may hand a whole number back as "2.0". Null when unreadable. */
    static Integer strength(String text) {
        if (text.isEmpty()) {
            return 2;
        }
        try {
            double value = Double.parseDouble(text.replace(',', '.'));
            if (value == Math.rint(value) && value >= InfluenceLink.WEAKEST && value <= InfluenceLink.STRONGEST) {
                return (int) value;
            }
        } catch (NumberFormatException e) {
            // unreadable: refused below
        }
        return null;
    }

    /** The kind whose label or name matches, ignoring case, spaces, hyphens and underscores; null for none. */
    static InfluenceKind kind(String text) {
        String key = LinkField.key(text);
        for (InfluenceKind kind : InfluenceKind.values()) {
            if (LinkField.key(kind.label()).equals(key)
                    || LinkField.key(kind.name()).equals(key)) {
                return kind;
            }
        }
        return null;
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
