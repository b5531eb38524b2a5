package org.coalition.web.privacy;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.coalition.access.AccessService;
import org.coalition.audit.AuditEntry;
import org.coalition.audit.AuditTrail;
import org.coalition.people.Person;
import org.coalition.privacy.DataSubject;
import org.coalition.privacy.Erasure;
import org.coalition.privacy.PrivacyService;
import org.coalition.privacy.StakeholderRecord;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.coalition.web.platform.PagedModel;

/**
 * The administrators' privacy page: find a person (who signs in) or a stakeholder record by name, download
 * everything recorded about them, or erase them after a confirmation; below, the log of exports and
 * erasures. The services refuse anyone but administrators; this page only asks them.
 */
@Named
@ViewScoped
public class PrivacyView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Matches shown per kind: type more of the name to find the others. */
    static final int CHOICES = 25;

    @EJB
    private PrivacyService privacy;

    @EJB
    private AccessService access;

    @EJB
    private AuditTrail audit;

    private String who;
    private List<Person> people = List.of();
    private boolean morePeople;
    private List<StakeholderRecord> records = List.of();
    private boolean moreRecords;
    private DataSubject pending;
    private String pendingName;

    private final PagedModel<AuditEntry> log = new PagedModel<>(
            () -> audit.countOutsideCoalitions(),
            (first, pageSize, sortBy) -> audit.listOutsideCoalitions(first, pageSize),
            AuditEntry::getId);

    public void load() {
        audit.countOutsideCoalitions(); // refuses anyone but administrators here, before anything renders
        if (who == null || who.isBlank()) {
            people = List.of();
            records = List.of();
            return;
        }
        // one more than shown tells whether there are more
        List<Person> foundPeople = new ArrayList<>(access.people(who, 0, CHOICES + 1));
        morePeople = foundPeople.size() > CHOICES;
        people = List.copyOf(foundPeople.subList(0, Math.min(CHOICES, foundPeople.size())));
        List<StakeholderRecord> foundRecords = privacy.stakeholders(who, 0, CHOICES + 1);
        moreRecords = foundRecords.size() > CHOICES;
        records = List.copyOf(foundRecords.subList(0, Math.min(CHOICES, foundRecords.size())));
    }

    public void askToErase(Person person) {
        pending = DataSubject.person(person.getUsername());
        pendingName = person.getDisplayName();
    }

    public void askToErase(StakeholderRecord record) {
        pending = DataSubject.stakeholder(record.id());
        pendingName = record.name() + " (" + record.coalitionName() + ")";
    }

    public void erase() {
        if (pending == null) {
            return;
        }
        Erasure[] done = new Erasure[1];
        if (Messages.attempt(() -> done[0] = privacy.erase(pending), null).done()) {
            Messages.info(I18n.format(
                    "privacy.erased",
                    pendingName,
                    done[0].stakeholderRecords(),
                    done[0].conversations(),
                    done[0].coalitions()));
        }
        cancel();
        load();
    }

    public void cancel() {
        pending = null;
        pendingName = null;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public List<Person> getPeople() {
        return people;
    }

    public boolean isMorePeople() {
        return morePeople;
    }

    public List<StakeholderRecord> getRecords() {
        return records;
    }

    public boolean isMoreRecords() {
        return moreRecords;
    }

    public boolean isPending() {
        return pending != null;
    }

    public String getPendingName() {
        return pendingName;
    }

    public PagedModel<AuditEntry> getLog() {
        return log;
    }

    public int getChoices() {
        return CHOICES;
    }
}
