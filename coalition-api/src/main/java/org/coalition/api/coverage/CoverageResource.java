package org.coalition.api.coverage;

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
import org.coalition.coverage.CoverageService;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The coverage check, to read: the same service and rules as the page. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coverage")
@Timed(description = "API calls on the coverage check")
public class CoverageResource {

    @EJB
    private CoverageService coverage;

    @Context
    private UriInfo uri;

    @GET
    @Path("coalitions/{coalitionId}/coverage")
    @Operation(
            summary =
                    "The coverage grid (touched departments × levels, the four qualities) and its holes, largest first, each with whom of the register could fill it")
    @APIResponse(responseCode = "200", description = "The grid and the holes")
    @APIResponse(responseCode = "403", description = "No role in this coalition")
    public CoverageRepresentation read(@PathParam("coalitionId") long coalitionId) {
        return CoverageRepresentation.of(coverage.report(coalitionId));
    }

    @GET
    @Path("coalitions/{coalitionId}/coverage/tags")
    @Operation(summary = "A page of what members and stakeholders bring, the latest tag first")
    @APIResponse(responseCode = "200", description = "A page of tags; X-Total-Count and Link headers")
    @APIResponse(responseCode = "403", description = "No role in this coalition")
    public Response tags(
            @PathParam("coalitionId") long coalitionId,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        return paging.respond(
                coverage.tags(coalitionId, paging.first(), paging.size()),
                coverage.tagCount(coalitionId),
                CoverageRepresentation.Tag::of,
                uri);
    }
}
