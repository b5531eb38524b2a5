package org.coalition.web.network;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.coalition.network.AllyNetwork;
import org.coalition.network.AllyNetworkService;
import org.coalition.network.Participation;

/** The ally network page: filters from the address (so a search can be bookmarked), the graph as JSON. */
@Named
@RequestScoped
public class AllyNetworkView {

    /** People listed under the graph (the graph itself shows everyone found). */
    public static final int LISTED = 200;

    @EJB
    private AllyNetworkService service;

    private String department;
    private boolean supporters;
    private boolean past;
    private AllyNetwork network;
    private List<String> departments = List.of();

    public void load() {
        network = service.network(department, supporters, past);
        departments = network.departments();
    }

    /** The graph for the page's script: coalitions, people (with their parts) and links. */
    public String getJson() {
        JsonArrayBuilder coalitions = Json.createArrayBuilder();
        network.coalitions().forEach(c -> coalitions.add(Json.createObjectBuilder().add("id", c.id()).add("name", c.name())
                .add("past", c.past()).add("x", c.x()).add("y", c.y()).add("people", c.people())));
        JsonArrayBuilder people = Json.createArrayBuilder();
        network.people().forEach(p -> {
            JsonArrayBuilder parts = Json.createArrayBuilder();
            p.parts().forEach(part -> parts.add(Json.createObjectBuilder().add("coalition", part.coalitionId())
                    .add("role", describe(part))));
            people.add(Json.createObjectBuilder().add("key", p.key()).add("name", p.name())
                    .add("department", p.department() == null ? "" : p.department()).add("supportive", p.supportive())
                    .add("x", p.x()).add("y", p.y()).add("parts", parts));
        });
        return Json.createObjectBuilder().add("size", AllyNetwork.SIZE).add("coalitions", coalitions).add("people", people)
                .build().toString();
    }

    public static String describe(Participation part) {
        return "stakeholder".equals(part.role()) ? "stakeholder, " + (part.stance() == null ? "" : part.stance().label().toLowerCase())
                : part.role();
    }

    public List<AllyNetwork.Person> getListed() {
        return network.people().subList(0, Math.min(LISTED, network.people().size()));
    }

    public String partsOf(AllyNetwork.Person person) {
        var names = new java.util.HashMap<Long, String>();
        network.coalitions().forEach(c -> names.put(c.id(), c.name()));
        return String.join("; ", person.parts().stream().map(p -> names.get(p.coalitionId()) + " (" + describe(p) + ")").toList());
    }

    public AllyNetwork getNetwork() { return network; }
    public List<String> getDepartments() { return departments; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public boolean isSupporters() { return supporters; }
    public void setSupporters(boolean supporters) { this.supporters = supporters; }
    public boolean isPast() { return past; }
    public void setPast(boolean past) { this.past = past; }
}
