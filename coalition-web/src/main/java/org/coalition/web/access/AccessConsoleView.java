package org.coalition.web.access;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.coalition.access.AccessService;
import org.coalition.coalition.CoalitionListing;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.MemberListing;
import org.coalition.health.ReminderService;
import org.coalition.people.Person;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;
import org.coalition.web.platform.PagedModel;

/**
 * The access console: per coalition, who holds which role; grant and revoke across departments. Every
 * list is a page from the database: the coalitions and people to choose from are the first few matching
 * a search typed into the address (one more than shown tells whether there are others), the roles a
 * page at a time, the departments in a lazy table.
 */
@Named
@ViewScoped
public class AccessConsoleView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Coalitions offered in the choice, and people offered to grant a role to: type to find the others. */
    static final int CHOICES = 100;

    /** Roles shown per page. */
    static final int ROLES_PAGE = 25;

    @EJB
    private AccessService access;

    @EJB
    private ReminderService reminders;

    private Long coalition;
    private String find;
    private String who;
    private List<CoalitionListing> coalitions;
    private boolean moreCoalitions;
    private String coalitionName;
    private List<MemberListing> roles = List.of();
    private int rolesFirst;
    private boolean moreRoles;
    private List<Person> people;
    private boolean morePeople;
    private String grantee;
    private CoalitionRole role = CoalitionRole.MEMBER;

    private final PagedModel<String> departments = new PagedModel<>(
            () -> access.countDepartments(), (first, pageSize, sortBy) -> access.departments(first, pageSize), d -> d);

    public void load() {
        // one more than shown tells whether there are more
        List<CoalitionListing> found = new ArrayList<>(access.manageable(find, 0, CHOICES + 1));
        moreCoalitions = found.size() > CHOICES;
        coalitions = List.copyOf(found.subList(0, Math.min(CHOICES, found.size())));
        List<Person> matching = access.people(who, 0, CHOICES + 1);
        morePeople = matching.size() > CHOICES;
        people = List.copyOf(matching.subList(0, Math.min(CHOICES, matching.size())));
        if (coalition != null) {
            coalitionName = coalitions.stream()
                    .filter(c -> c.id() == coalition)
                    .map(CoalitionListing::name)
                    .findFirst()
                    .orElseGet(() -> {
                        // chosen but not among the choices shown: offer it too
                        CoalitionListing chosen = access.manageable(coalition);
                        coalitions = new ArrayList<>(coalitions);
                        coalitions.add(0, chosen);
                        return chosen.name();
                    });
            loadRoles();
        }
    }

    private void loadRoles() {
        List<MemberListing> page = access.roles(coalition, rolesFirst, ROLES_PAGE + 1);
        moreRoles = page.size() > ROLES_PAGE;
        roles = List.copyOf(page.subList(0, Math.min(ROLES_PAGE, page.size())));
    }

    /**
     * Today's reminders now, as the daily job sends them (after setting up mail, say): each goes out once a day,
     * so pressing twice posts nothing more. Administrators only; the service refuses anyone else.
     */
    public void sendReminders() {
        Messages.attempt(() -> Messages.info(I18n.format("msg.remindersSent", reminders.sendReminders())), null);
    }

    public void grant() {
        Messages.attempt(() -> access.grant(coalition, grantee, role), I18n.text("msg.roleGranted"));
        grantee = null;
        load();
    }

    public void revoke(MemberListing member) {
        Messages.attempt(
                () -> access.revoke(coalition, member.username()),
                I18n.format("msg.roleRevoked", member.displayName()));
        load();
    }

    public void nextRoles() {
        rolesFirst += ROLES_PAGE;
        loadRoles();
    }

    public void previousRoles() {
        rolesFirst = Math.max(0, rolesFirst - ROLES_PAGE);
        loadRoles();
    }

    public String getCoalitionName() {
        return coalitionName;
    }

    public CoalitionRole[] getRoleOptions() {
        return CoalitionRole.values();
    }

    public Long getCoalition() {
        return coalition;
    }

    public void setCoalition(Long coalition) {
        this.coalition = coalition;
    }

    public String getFind() {
        return find;
    }

    public void setFind(String find) {
        this.find = find;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public List<CoalitionListing> getCoalitions() {
        return coalitions;
    }

    public boolean isMoreCoalitions() {
        return moreCoalitions;
    }

    public List<MemberListing> getRoles() {
        return roles;
    }

    public boolean isMoreRoles() {
        return moreRoles;
    }

    public boolean isPreviousRoles() {
        return rolesFirst > 0;
    }

    public int getRolesFirst() {
        return rolesFirst;
    }

    public List<Person> getPeople() {
        return people;
    }

    public boolean isMorePeople() {
        return morePeople;
    }

    public PagedModel<String> getDepartments() {
        return departments;
    }

    public int getChoices() {
        return CHOICES;
    }

    public String getGrantee() {
        return grantee;
    }

    public void setGrantee(String grantee) {
        this.grantee = grantee;
    }

    public CoalitionRole getRole() {
        return role;
    }

    public void setRole(CoalitionRole role) {
        this.role = role;
    }
}
