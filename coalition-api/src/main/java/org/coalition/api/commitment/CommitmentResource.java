package org.coalition.api.commitment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.coalition.api.platform.Paging;
import org.coalition.api.platform.Versions;
import org.coalition.commitment.CommitmentRow;
import org.coalition.commitment.CommitmentService;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The commitments register, to read: the same service and rules as the pages. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commitments")
@Timed(description = "API calls on commitments")
public class CommitmentResource {

    @EJB
    private CommitmentService commitments;

    @Context
    private UriInfo uri;

    @GET
    @Path("coalitions/{coalitionId}/commitments")
    @Operation(
            summary =
                    "A page of the coalition's commitments, overdue first (to one stakeholder with ?stakeholder=); what was promised only for sponsors and members")
    @APIResponse(responseCode = "200", description = "A page of commitments; X-Total-Count and Link headers")
    @APIResponse(responseCode = "403", description = "No role in this coalition")
    public Response list(
            @PathParam("coalitionId") long coalitionId,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) int size,
            @QueryParam("stakeholder") Long stakeholder) {
        Paging paging = Paging.of(page, size);
        return paging.respond(
                commitments.list(coalitionId, stakeholder, paging.first(), paging.size()),
                commitments.count(coalitionId, stakeholder),
                CommitmentRepresentation::of,
                uri);
    }

    @GET
    @Path("coalitions/{coalitionId}/commitments/kept-ratio")
    @Operation(summary = "The coalition's kept ratio (of one stakeholder with ?stakeholder=)")
    @APIResponse(responseCode = "200", description = "Kept, broken, overdue and open counts and the percentage")
    public CommitmentRepresentation.Ratio keptRatio(
            @PathParam("coalitionId") long coalitionId, @QueryParam("stakeholder") Long stakeholder) {
        return CommitmentRepresentation.Ratio.of(commitments.keptRatio(coalitionId, stakeholder));
    }

    @GET
    @Path("commitments/{id}")
    @Operation(summary = "One commitment, with its ETag")
    @APIResponse(responseCode = "200", description = "The commitment")
    @APIResponse(responseCode = "404", description = "No such commitment")
    public Response get(@PathParam("id") long id) {
        CommitmentRow row = commitments.get(id);
        return Response.ok(CommitmentRepresentation.of(row))
                .tag(Versions.etag(row.version()))
                .build();
    }
}
