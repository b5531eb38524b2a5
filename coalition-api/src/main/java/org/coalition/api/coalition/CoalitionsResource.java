package org.coalition.api.coalition;

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
import org.coalition.api.platform.Problem;
import org.coalition.api.platform.Versions;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionService;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's coalitions: list, read, propose, change the basics. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coalitions")
@Timed(description = "API calls on coalitions")
public class CoalitionsResource {

    @EJB
    private CoalitionService coalitions;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("coalitions")
    @Operation(summary = "The caller's coalitions (every coalition for an administrator), by name")
    @APIResponse(responseCode = "200", description = "A page of coalitions; X-Total-Count and Link headers")
    @APIResponse(
            responseCode = "400",
            description = "Invalid paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "zero-based page") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "page size, 1 to 100") @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE)
                    int size) {
        Paging paging = Paging.of(page, size);
        return paging.respond(
                coalitions.listMine(paging.first(), paging.size()),
                coalitions.countMine(),
                CoalitionRepresentation.Summary::of,
                uri);
    }

    @GET
    @Path("coalitions/{id}")
    @Operation(summary = "One coalition with its people and what the caller may do there")
    @APIResponse(
            responseCode = "200",
            description = "The coalition; its ETag is the version to send in If-Match",
            content = @Content(schema = @Schema(implementation = CoalitionRepresentation.class)))
    @APIResponse(responseCode = "403", description = "No role in this coalition")
    @APIResponse(responseCode = "404", description = "No such coalition")
    public Response read(@PathParam("id") long id) {
        CoalitionRepresentation coalition = CoalitionRepresentation.of(coalitions.open(id));
        return Response.ok(coalition).tag(Versions.etag(coalition.version())).build();
    }

    @POST
    @Path("coalitions")
    @Operation(summary = "Propose a coalition; the caller becomes its first member")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag",
            content = @Content(schema = @Schema(implementation = CoalitionRepresentation.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
    public Response propose(CoalitionInput input) {
        Coalition created = coalitions.propose(input == null ? null : input.toDraft());
        CoalitionRepresentation coalition = CoalitionRepresentation.of(coalitions.open(created.getId()));
        return Response.created(uri.getBaseUriBuilder().path("coalitions/{id}").build(created.getId()))
                .tag(Versions.etag(coalition.version()))
                .entity(coalition)
                .build();
    }

    @PUT
    @Path("coalitions/{id}")
    @Operation(summary = "Change the name, objective or target date (If-Match required)")
    @APIResponse(
            responseCode = "200",
            description = "Saved; the new ETag",
            content = @Content(schema = @Schema(implementation = CoalitionRepresentation.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
    @APIResponse(responseCode = "403", description = "The caller's role does not allow it")
    @APIResponse(responseCode = "412", description = "Someone else saved since the ETag in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") long id, CoalitionInput input) {
        long version = Versions.ifMatch(headers);
        coalitions.update(id, version, input == null ? null : input.toDraft());
        CoalitionRepresentation coalition = CoalitionRepresentation.of(coalitions.open(id));
        return Response.ok(coalition).tag(Versions.etag(coalition.version())).build();
    }
}
