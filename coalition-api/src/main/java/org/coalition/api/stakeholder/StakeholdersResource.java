package org.coalition.api.stakeholder;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.coalition.api.platform.Paging;
import org.coalition.api.platform.Versions;
import org.coalition.stakeholder.RegisterQuery;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The stakeholder register of a coalition, and single stakeholders. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholders")
@Timed(description = "API calls on stakeholders")
public class StakeholdersResource {

    @EJB
    private StakeholderService stakeholders;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("coalitions/{coalitionId}/stakeholders")
    @Operation(summary = "A page of the coalition's stakeholder register, filtered and sorted")
    @APIResponse(responseCode = "200", description = "A page of stakeholders; X-Total-Count and Link headers")
    @APIResponse(responseCode = "403", description = "No role in this coalition")
    public Response register(
            @PathParam("coalitionId") long coalitionId,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) int size,
            @Parameter(description = "name, department, level, influence, interest, stance or lastConversationOn")
                    @QueryParam("sort")
                    @DefaultValue("name")
                    String sort,
            @QueryParam("ascending") @DefaultValue("true") boolean ascending,
            @QueryParam("department") String department,
            @QueryParam("stance") Stance stance,
            @Parameter(description = "part of the name, any case") @QueryParam("name") String name) {
        Paging paging = Paging.of(page, size);
        RegisterQuery query =
                new RegisterQuery(paging.first(), paging.size(), sort, ascending, department, stance, name);
        return paging.respond(
                stakeholders.register(coalitionId, query),
                stakeholders.count(coalitionId, query),
                StakeholderRepresentation.Summary::of,
                uri);
    }

    @POST
    @Path("coalitions/{coalitionId}/stakeholders")
    @Operation(summary = "Add a stakeholder to the coalition")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag",
            content = @Content(schema = @Schema(implementation = StakeholderRepresentation.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
    @APIResponse(responseCode = "403", description = "The caller's role does not allow it")
    public Response add(@PathParam("coalitionId") long coalitionId, StakeholderInput input) {
        Stakeholder added = stakeholders.add(coalitionId, input == null ? null : input.toDraft());
        StakeholderRepresentation stakeholder = StakeholderRepresentation.of(stakeholders.open(added.getId()));
        return Response.created(
                        uri.getBaseUriBuilder().path("stakeholders/{id}").build(added.getId()))
                .tag(Versions.etag(stakeholder.version()))
                .entity(stakeholder)
                .build();
    }

    @GET
    @Path("stakeholders/{id}")
    @Operation(summary = "One stakeholder with the stance history; notes only for sponsors and members")
    @APIResponse(
            responseCode = "200",
            description = "The stakeholder; its ETag is the version to send in If-Match",
            content = @Content(schema = @Schema(implementation = StakeholderRepresentation.class)))
    @APIResponse(responseCode = "404", description = "No such stakeholder")
    public Response read(@PathParam("id") long id) {
        StakeholderRepresentation stakeholder = StakeholderRepresentation.of(stakeholders.open(id));
        return Response.ok(stakeholder)
                .tag(Versions.etag(stakeholder.version()))
                .build();
    }

    @PUT
    @Path("stakeholders/{id}")
    @Operation(summary = "Replace a stakeholder's fields (If-Match required; a changed stance needs stanceReason)")
    @APIResponse(
            responseCode = "200",
            description = "Saved; the new ETag",
            content = @Content(schema = @Schema(implementation = StakeholderRepresentation.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
    @APIResponse(responseCode = "403", description = "The caller's role does not allow it")
    @APIResponse(responseCode = "412", description = "Someone else saved since the ETag in If-Match")
    @APIResponse(responseCode = "422", description = "A rule refused it, e.g. a stance change without a reason")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") long id, StakeholderInput input) {
        long version = Versions.ifMatch(headers);
        stakeholders.update(id, version, input == null ? null : input.toDraft());
        StakeholderRepresentation stakeholder = StakeholderRepresentation.of(stakeholders.open(id));
        return Response.ok(stakeholder)
                .tag(Versions.etag(stakeholder.version()))
                .build();
    }
}
