package org.coalition.api.engagement;

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
import java.time.Instant;
import java.util.List;
import org.coalition.api.platform.Paging;
import org.coalition.stakeholder.Engagement;
import org.coalition.stakeholder.EngagementAssessmentService;
import org.coalition.stakeholder.EngagementChangeRow;
import org.coalition.stakeholder.EngagementGap;
import org.coalition.stakeholder.EngagementRow;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Current vs desired engagement, to read: the same service and rules as the engagement page. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement")
@Timed(description = "API calls on engagement")
public class EngagementResource {

    /** How many of a stakeholder's changes {@code GET stakeholders/{id}/engagement} carries, the newest first. */
    static final int HISTORY_SHOWN = 20;

    @EJB
    private EngagementAssessmentService engagement;

    @Context
    private UriInfo uri;

    /** A stakeholder's engagement: null levels are not rated; {@code gap} is null unless both are. */
    public record Assessment(
            long stakeholderId,
            String name,
            int influence,
            Engagement current,
            Engagement desired,
            Integer gap,
            List<Change> history) {}

    public record Change(
            Engagement fromCurrent,
            Engagement toCurrent,
            Engagement fromDesired,
            Engagement toDesired,
            Instant changedAt,
            String changedBy) {
        static Change of(EngagementChangeRow row) {
            return new Change(
                    row.fromCurrent(),
                    row.toCurrent(),
                    row.fromDesired(),
                    row.toDesired(),
                    row.changedAt(),
                    row.changedBy());
        }
    }

    public record Gap(
            int rank,
            long stakeholderId,
            String name,
            int influence,
            Engagement current,
            Engagement desired,
            int gap,
            int weight) {}

    public record Row(
            long stakeholderId,
            String name,
            String department,
            int influence,
            Engagement current,
            Engagement desired,
            Integer gap) {
        static Row of(EngagementRow row) {
            return new Row(
                    row.id(), row.name(), row.department(), row.influence(), row.current(), row.desired(), row.gap());
        }
    }

    @GET
    @Path("coalitions/{coalitionId}/engagement/gaps")
    @Operation(summary = "The ranked engagement gaps: stakeholders who need to be more engaged, gap × influence first")
    @APIResponse(responseCode = "200", description = "A page of gaps; X-Total-Count and Link headers")
    @APIResponse(responseCode = "403", description = "No role in this coalition")
    public Response gaps(
            @PathParam("coalitionId") long coalitionId,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        List<EngagementGap> rows = engagement.gaps(coalitionId, paging.first(), paging.size());
        int[] rank = {paging.first()};
        return paging.respond(
                rows,
                engagement.countGaps(coalitionId),
                g -> new Gap(
                        ++rank[0],
                        g.stakeholderId(),
                        g.name(),
                        g.influence(),
                        g.current(),
                        g.desired(),
                        g.gap(),
                        g.weight()),
                uri);
    }

    @GET
    @Path("coalitions/{coalitionId}/engagement/matrix")
    @Operation(
            summary =
                    "The engagement assessment matrix: every stakeholder's current and desired engagement, most influential first")
    @APIResponse(responseCode = "200", description = "A page of rows; X-Total-Count and Link headers")
    @APIResponse(responseCode = "403", description = "No role in this coalition")
    public Response matrix(
            @PathParam("coalitionId") long coalitionId,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        return paging.respond(
                engagement.matrix(coalitionId, paging.first(), paging.size()),
                engagement.countMatrix(coalitionId),
                Row::of,
                uri);
    }

    @GET
    @Path("stakeholders/{id}/engagement")
    @Operation(summary = "A stakeholder's current and desired engagement with the newest changes")
    @APIResponse(responseCode = "200", description = "The assessment")
    @APIResponse(responseCode = "404", description = "No such stakeholder")
    public Assessment ofStakeholder(@PathParam("id") long id) {
        var found = engagement.ofStakeholder(id, HISTORY_SHOWN);
        EngagementRow row = found.row();
        List<Change> history = found.history().stream().map(Change::of).toList();
        return new Assessment(row.id(), row.name(), row.influence(), row.current(), row.desired(), row.gap(), history);
    }
}
