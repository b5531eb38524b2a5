package org.coalition.web.network;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import java.util.List;
import java.util.Map;
import org.coalition.network.AllyNetwork;
import org.coalition.network.AllyNetworkService;
import org.coalition.network.Participation;

/**
 * The ally network page: filters and page from the address (so a search can be bookmarked), the graph
 * as JSON. One page of people at a time, graph and list alike: the page's memory does not grow with the
 * network.
 */
@Named
@RequestScoped
public class AllyNetworkView {

    /** People drawn and listed per page. */
    public static final int PAGE_SIZE = 100;

    @EJB
    private AllyNetworkService service;

    private String department;
    /** Part of a name to look for (blank: everyone). */
    private String name;

    private boolean supporters;
    private boolean past;
    private int page = 1;
    private AllyNetwork network;
    private List<String> departments = List.of();

    public void load() {
        page = Math.max(1, page);
        network = service.network(department, name, supporters, past, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        departments = network.departments();
    }

    /** The graph for the page's script: coalitions, people (with their parts) and links. */
    /**
     * One factory for every view: {@code Json.createObjectBuilder()} looks its provider up through the class loaders
     * each time it is called, which was three quarters of this page's time (a JFR profile under 40 sessions).
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    public String getJson() {
        JsonArrayBuilder coalitions = JSON.createArrayBuilder();
        network.coalitions()
                .forEach(c -> coalitions.add(JSON.createObjectBuilder()
                        .add("id", c.id())
                        .add("name", c.name())
                        .add("past", c.past())
                        .add("x", c.x())
                        .add("y", c.y())
                        .add("people", c.people())));
        JsonArrayBuilder people = JSON.createArrayBuilder();
        network.people().forEach(p -> {
            JsonArrayBuilder parts = JSON.createArrayBuilder();
            p.parts()
                    .forEach(part -> parts.add(JSON.createObjectBuilder()
                            .add("coalition", part.coalitionId())
                            .add("role", describe(part))));
            people.add(JSON.createObjectBuilder()
                    .add("key", p.key())
                    .add("name", p.name())
                    .add("department", p.department() == null ? "" : p.department())
                    .add("supportive", p.supportive())
                    .add("x", p.x())
                    .add("y", p.y())
                    .add("parts", parts));
        });
        return JSON.createObjectBuilder()
                .add("size", AllyNetwork.SIZE)
                .add("coalitions", coalitions)
                .add("people", people)
                .build()
                .toString();
    }

    public static String describe(Participation part) {
        return "stakeholder".equals(part.role())
                ? "stakeholder, "
                        + (part.stance() == null ? "" : part.stance().label().toLowerCase())
                : part.role();
    }

    public List<AllyNetwork.Person> getListed() {
        return network.people();
    }

    /** Position of the page's first person, counted from 1. */
    public long getFirstShown() {
        return (long) (page - 1) * PAGE_SIZE + 1;
    }

    public long getLastShown() {
        return (long) (page - 1) * PAGE_SIZE + network.people().size();
    }

    public boolean isPrevious() {
        return page > 1;
    }

    public boolean isNext() {
        return (long) page * PAGE_SIZE < network.total();
    }

    public String partsOf(AllyNetwork.Person person) {
        var names = new java.util.HashMap<Long, String>();
        network.coalitions().forEach(c -> names.put(c.id(), c.name()));
        return String.join(
                "; ",
                person.parts().stream()
                        .map(p -> names.get(p.coalitionId()) + " (" + describe(p) + ")")
                        .toList());
    }

    public AllyNetwork getNetwork() {
        return network;
    }

    public List<String> getDepartments() {
        return departments;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public boolean isSupporters() {
        return supporters;
    }

    public void setSupporters(boolean supporters) {
        this.supporters = supporters;
    }

    public boolean isPast() {
        return past;
    }

    public void setPast(boolean past) {
        this.past = past;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
