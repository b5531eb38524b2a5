package org.coalition.api.milestone;

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
import java.util.List;
import org.coalition.api.platform.ApiProblem;
import org.coalition.api.platform.Paging;
import org.coalition.api.platform.Problem;
import org.coalition.api.platform.Versions;
import org.coalition.milestone.Milestone;
import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.MilestoneSummary;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Milestones of a coalition: members propose and revise them, an executive sponsor of the coalition decides. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones")
@Timed(description = "API calls on milestones")
public class MilestonesResource {

    @EJB
    private MilestoneService milestones;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("coalitions/{coalitionId}/milestones")
    @Operation(summary = "A page of the coalition's milestones, soonest due first, with their progress")
    @APIResponse(responseCode = "200", description = "A page of milestones; X-Total-Count and Link headers")
    @APIResponse(responseCode = "403", description = "No role in this coalition")
    public Response list(
            @PathParam("coalitionId") long coalitionId,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        var all = milestones.milestones(coalitionId);
        return paging.respond(paging.slice(all), all.size(), MilestoneRepresentation::of, uri);
    }

    @POST
    @Path("coalitions/{coalitionId}/milestones")
    @Operation(summary = "Propose a milestone")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag",
            content = @Content(schema = @Schema(implementation = MilestoneRepresentation.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
    @APIResponse(responseCode = "403", description = "The caller's role does not allow it")
    public Response propose(@PathParam("coalitionId") long coalitionId, MilestoneInput input) {
        Milestone proposed = milestones.propose(coalitionId, input == null ? null : input.toDraft());
        return created(milestones.milestone(proposed.getId()));
    }

    @GET
    @Path("milestones/{id}")
    @Operation(summary = "One milestone")
    @APIResponse(
            responseCode = "200",
            description = "The milestone; its ETag is the version to send in If-Match",
            content = @Content(schema = @Schema(implementation = MilestoneRepresentation.class)))
    @APIResponse(responseCode = "404", description = "No such milestone")
    public Response read(@PathParam("id") long id) {
        return ok(milestones.milestone(id));
    }

    @PUT
    @Path("milestones/{id}")
    @Operation(
            summary = "Revise a proposed or rejected milestone (If-Match required); a rejected one is proposed again")
    @APIResponse(
            responseCode = "200",
            description = "Saved; the new ETag",
            content = @Content(schema = @Schema(implementation = MilestoneRepresentation.class)))
    @APIResponse(responseCode = "412", description = "Someone else saved since the ETag in If-Match")
    @APIResponse(responseCode = "422", description = "An approved milestone cannot be revised")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response revise(@PathParam("id") long id, MilestoneInput input) {
        long version = Versions.ifMatch(headers);
        milestones.revise(id, version, input == null ? null : input.toDraft());
        return ok(milestones.milestone(id));
    }

    @POST
    @Path("milestones/{id}/decision")
    @Operation(
            summary =
                    "Approve or reject a proposed milestone: executive sponsors of its coalition only (If-Match required)")
    @APIResponse(
            responseCode = "200",
            description = "Decided; the milestone with the decision",
            content = @Content(schema = @Schema(implementation = MilestoneRepresentation.class)))
    @APIResponse(responseCode = "400", description = "approve missing, or the comment too long")
    @APIResponse(responseCode = "403", description = "Not an executive sponsor of this coalition")
    @APIResponse(responseCode = "412", description = "Decided or changed by someone else since the ETag in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response decide(@PathParam("id") long id, DecisionInput decision) {
        long version = Versions.ifMatch(headers);
        if (decision == null || decision.approve() == null) {
            throw new ApiProblem(
                    400,
                    "validation",
                    "Invalid request",
                    "Some fields are not valid; see errors.",
                    List.of(new Problem.FieldError("approve", "Say whether you approve (true) or reject (false).")));
        }
        milestones.decide(id, version, decision.approve(), decision.comment());
        return ok(milestones.milestone(id));
    }

    private Response ok(MilestoneSummary summary) {
        MilestoneRepresentation milestone = MilestoneRepresentation.of(summary);
        return Response.ok(milestone).tag(Versions.etag(milestone.version())).build();
    }

    private Response created(MilestoneSummary summary) {
        MilestoneRepresentation milestone = MilestoneRepresentation.of(summary);
        return Response.created(uri.getBaseUriBuilder().path("milestones/{id}").build(milestone.id()))
                .tag(Versions.etag(milestone.version()))
                .entity(milestone)
                .build();
    }
}
