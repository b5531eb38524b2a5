package org.coalition.web.network;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coalition.access.CoalitionAction;
import org.coalition.network.InfluenceKind;
import org.coalition.network.InfluenceLinkDraft;
import org.coalition.network.InfluenceLinkRow;
import org.coalition.network.InfluenceService;
import org.coalition.stakeholder.DecisionRole;
import org.coalition.stakeholder.RegisterQuery;
import org.coalition.stakeholder.StakeholderRow;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.coalition.web.stakeholder.StakeholderView;

/**
 * The influence panel of the stakeholder page: who has this person's ear and whose ear they have (the first
 * {@value #SHOWN}, all of them on the network page), recording and removing a link, marking them as a decision
 * maker. The other person of a new link is found by name (members and stakeholders), never listed whole.
 */
@Named
@ViewScoped
public class StakeholderInfluenceView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int SHOWN = 25;
    static final int SUGGESTIONS = 10;

    /** Whether the other person has this stakeholder's ear (in) or this stakeholder has theirs (out). */
    public enum Direction {
        IN,
        OUT
    }

    @EJB
    private InfluenceService influence;

    @EJB
    private StakeholderService stakeholders;

    @Inject
    private StakeholderView page;

    private long stakeholderId;
    private long coalitionId;
    private List<InfluenceLinkRow> links = List.of();
    /** Whether there are more links than shown (one row more is read to tell, no count). */
    private boolean more;

    private DecisionRole decisionRole;
    private Direction direction = Direction.IN;
    private String other;
    private InfluenceKind kind = InfluenceKind.TRUSTED_PEER;
    private int strength = 2;
    private String note;
    /** The names of the people last suggested, by key ({@code m:<user name>} or {@code s<id>}). */
    private final Map<String, String> names = new HashMap<>();

    public void load() {
        if (page.getDetails() == null) {
            return;
        }
        stakeholderId = page.getId();
        coalitionId = page.getDetails().coalitionId();
        decisionRole = page.getDetails().stakeholder().getDecisionRole();
        List<InfluenceLinkRow> read = influence.links(coalitionId, stakeholderId, 0, SHOWN + 1);
        more = read.size() > SHOWN;
        links = more ? read.subList(0, SHOWN) : read;
    }

    /** Members and stakeholders whose name contains the text: keys for the picker. */
    public List<String> complete(String text) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<String> keys = new ArrayList<>();
        stakeholders.possibleOwners(coalitionId).stream()
                .filter(p -> p.getDisplayName().toLowerCase(Locale.ROOT).contains(typed))
                .limit(SUGGESTIONS)
                .forEach(p -> {
                    names.put("m:" + p.getUsername(), p.getDisplayName());
                    keys.add("m:" + p.getUsername());
                });
        for (StakeholderRow row : stakeholders.register(
                coalitionId,
                new RegisterQuery(0, SUGGESTIONS, "name", true, null, null, typed.isEmpty() ? null : typed))) {
            if (row.id() != stakeholderId) {
                names.put("s" + row.id(), row.name());
                keys.add("s" + row.id());
            }
        }
        return keys;
    }

    public String nameOf(String key) {
        return key == null ? "" : names.getOrDefault(key, key);
    }

    public void record() {
        if (other == null || other.isBlank()) {
            Messages.error(I18n.text("influence.chooseOther"));
            return;
        }
        InfluenceLinkDraft draft = new InfluenceLinkDraft();
        draft.setKind(kind);
        draft.setStrength(strength);
        draft.setNote(note);
        boolean member = other.startsWith("m:");
        if (direction == Direction.OUT && member) {
            Messages.error(I18n.text("influence.membersOnlyInfluence"));
            return;
        }
        Long otherId = member ? null : Long.valueOf(other.substring(1));
        if (direction == Direction.IN) {
            draft.setToStakeholderId(stakeholderId);
            draft.setFromStakeholderId(otherId);
            draft.setFromMember(member ? other.substring(2) : null);
        } else {
            draft.setFromStakeholderId(stakeholderId);
            draft.setToStakeholderId(otherId);
        }
        if (Messages.attempt(() -> influence.record(coalitionId, draft), I18n.text("influence.recorded"))
                .done()) {
            other = null;
            note = null;
            load();
        }
    }

    public void remove(InfluenceLinkRow row) {
        if (Messages.attempt(() -> influence.remove(row.id(), row.version()), I18n.text("influence.removed"))
                .done()) {
            load();
        }
    }

    public void saveDecisionRole() {
        if (Messages.attempt(
                        () -> influence.markDecisionMaker(stakeholderId, decisionRole),
                        I18n.text("influence.decisionRoleSaved"))
                .done()) {
            page.load();
            load();
        }
    }

    public boolean mayEdit() {
        return page.getDetails() != null && page.getDetails().may(CoalitionAction.EDIT_INFLUENCE);
    }

    public List<InfluenceLinkRow> getLinks() {
        return links;
    }

    public boolean isMore() {
        return more;
    }

    public long getCoalitionId() {
        return coalitionId;
    }

    public long getStakeholderId() {
        return stakeholderId;
    }

    public DecisionRole getDecisionRole() {
        return decisionRole;
    }

    public void setDecisionRole(DecisionRole decisionRole) {
        this.decisionRole = decisionRole;
    }

    public DecisionRole[] getDecisionRoles() {
        return DecisionRole.values();
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public String getOther() {
        return other;
    }

    public void setOther(String other) {
        this.other = other;
    }

    public InfluenceKind getKind() {
        return kind;
    }

    public void setKind(InfluenceKind kind) {
        this.kind = kind;
    }

    public InfluenceKind[] getKinds() {
        return InfluenceKind.values();
    }

    public int getStrength() {
        return strength;
    }

    public void setStrength(int strength) {
        this.strength = strength;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
