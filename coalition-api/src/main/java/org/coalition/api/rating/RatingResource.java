package org.coalition.api.rating;

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
import java.util.List;
import org.coalition.api.platform.Paging;
import org.coalition.api.platform.Versions;
import org.coalition.rating.RatingService;
import org.coalition.rating.RatingSheet;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Blind rating rounds, to read: the same service and the same blindness as the pages. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rating rounds")
@Timed(description = "API calls on rating rounds")
public class RatingResource {

    @EJB
    private RatingService ratings;

    @Context
    private UriInfo uri;

    @GET
    @Path("coalitions/{coalitionId}/rating-rounds")
    @Operation(
            summary =
                    "A page of the coalition's blind rating rounds, newest first (those rating one stakeholder with ?stakeholder=)")
    @APIResponse(responseCode = "200", description = "A page of rounds; X-Total-Count and Link headers")
    @APIResponse(responseCode = "403", description = "No role in this coalition")
    public Response list(
            @PathParam("coalitionId") long coalitionId,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) int size,
            @QueryParam("stakeholder") Long stakeholder) {
        Paging paging = Paging.of(page, size);
        return paging.respond(
                ratings.list(coalitionId, stakeholder, paging.first(), paging.size()),
                ratings.count(coalitionId, stakeholder),
                RatingRoundRepresentation::of,
                uri);
    }

    @GET
    @Path("rating-rounds/{id}")
    @Operation(
            summary =
                    "One round as the caller may see it: while open only the caller's own ratings and how many rated; after"
                            + " the close each stakeholder's spread and flag, and the ratings with their raters for sponsors and members")
    @APIResponse(responseCode = "200", description = "The round with its stakeholders")
    @APIResponse(responseCode = "404", description = "No such round")
    public Response get(@PathParam("id") long id) {
        RatingSheet sheet = ratings.sheet(id);
        return Response.ok(RatingRoundRepresentation.of(sheet))
                .tag(Versions.etag(sheet.round().version()))
                .build();
    }

    @GET
    @Path("rating-rounds/{id}/ratings")
    @Operation(summary = "A closed round's ratings with their raters (sponsors and members only)")
    @APIResponse(responseCode = "200", description = "The stakeholders with their outcome and attributed ratings")
    @APIResponse(responseCode = "403", description = "Observers see only the outcome")
    @APIResponse(responseCode = "422", description = "The round is still open: ratings-hidden-until-close")
    public List<RatingRoundRepresentation.Line> ratings(@PathParam("id") long id) {
        return ratings.ratings(id).stream()
                .map(RatingRoundRepresentation.Line::of)
                .toList();
    }
}
