package org.coalition.web.access;

import org.coalition.web.platform.I18n;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.coalition.access.AccessService;
import org.coalition.coalition.CoalitionListing;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.MemberListing;
import org.coalition.people.Person;
import org.coalition.web.platform.Messages;

/** The access console: per coalition, who holds which role; grant and revoke across departments. */
@Named
@ViewScoped
public class AccessConsoleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccessService access;

    private Long coalition;
    private List<CoalitionListing> coalitions;
    private List<MemberListing> roles = List.of();
    private List<Person> people;
    private List<String> departments;
    private String grantee;
    private CoalitionRole role = CoalitionRole.MEMBER;

    public void load() {
        coalitions = access.manageable();
        people = access.people();
        departments = access.departments();
        if (coalition != null) {
            roles = access.roles(coalition);
        }
    }

    public void grant() {
        Messages.attempt(() -> access.grant(coalition, grantee, role), I18n.text("msg.roleGranted"));
        grantee = null;
        load();
    }

    public void revoke(MemberListing member) {
        Messages.attempt(() -> access.revoke(coalition, member.username()), I18n.format("msg.roleRevoked", member.displayName()));
        load();
    }

    public String getCoalitionName() {
        return coalitions == null || coalition == null ? null
                : coalitions.stream().filter(c -> c.id() == coalition).map(CoalitionListing::name).findFirst().orElse(null);
    }

    public CoalitionRole[] getRoleOptions() { return CoalitionRole.values(); }
    public Long getCoalition() { return coalition; }
    public void setCoalition(Long coalition) { this.coalition = coalition; }
    public List<CoalitionListing> getCoalitions() { return coalitions; }
    public List<MemberListing> getRoles() { return roles; }
    public List<Person> getPeople() { return people; }
    public List<String> getDepartments() { return departments; }
    public String getGrantee() { return grantee; }
    public void setGrantee(String grantee) { this.grantee = grantee; }
    public CoalitionRole getRole() { return role; }
    public void setRole(CoalitionRole role) { this.role = role; }
}
