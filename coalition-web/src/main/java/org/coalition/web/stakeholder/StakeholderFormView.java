package org.coalition.web.stakeholder;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.coalition.coalition.CoalitionOverview;
import org.coalition.coalition.CoalitionService;
import org.coalition.people.Person;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.RuleViolationException;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;

/** Adding a stakeholder to a coalition ({@code ?coalition=}) or editing one ({@code ?id=}). */
@Named
@ViewScoped
public class StakeholderFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StakeholderService stakeholders;

    @EJB
    private CoalitionService coalitions;

    private Long id;
    private Long coalitionId;
    private long loadedVersion;
    private CoalitionOverview coalition;
    private StakeholderDraft draft = new StakeholderDraft();
    private List<Person> owners;

    public void load() {
        if (id != null) {
            var details = stakeholders.open(id, 0, 0);
            coalitionId = details.coalitionId();
            Stakeholder s = details.stakeholder();
            loadedVersion = s.getVersion();
            draft = StakeholderDraft.of(s);
            draft.setNotes(details.notes());
        } else if (coalitionId == null) {
            throw new org.coalition.platform.NotFoundException(org.coalition.shared.Refusal.NO_COALITION_NUMBER);
        }
        coalition = coalitions.heading(coalitionId);
        owners = stakeholders.possibleOwners(coalitionId);
    }

    public String save() {
        try {
            Stakeholder saved =
                    id == null ? stakeholders.add(coalitionId, draft) : stakeholders.update(id, loadedVersion, draft);
            Messages.infoAfterRedirect(I18n.format("msg.stakeholderSaved", saved.getName()));
            return "/coalitions/stakeholder.xhtml?faces-redirect=true&id=" + saved.getId();
        } catch (ConcurrentEditException | RuleViolationException e) {
            Messages.error(I18n.refusal(e));
            return null;
        }
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public Stance[] getStances() {
        return Stance.values();
    }

    public Resource[] getResourceOptions() {
        return Resource.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCoalitionId() {
        return coalitionId;
    }

    public void setCoalitionId(Long coalitionId) {
        this.coalitionId = coalitionId;
    }

    public CoalitionOverview getCoalition() {
        return coalition;
    }

    public StakeholderDraft getDraft() {
        return draft;
    }

    public List<Person> getOwners() {
        return owners;
    }
}
