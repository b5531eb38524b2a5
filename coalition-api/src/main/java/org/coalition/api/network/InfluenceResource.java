package org.coalition.api.network;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.HashSet;
import java.util.List;
import org.coalition.api.platform.ApiProblem;
import org.coalition.api.platform.Paging;
import org.coalition.api.platform.Versions;
import org.coalition.exchange.ExchangeException;
import org.coalition.exchange.ImportFile;
import org.coalition.exchange.Table;
import org.coalition.network.InfluenceImportService;
import org.coalition.network.InfluenceLink;
import org.coalition.network.InfluenceService;
import org.coalition.network.LinkField;
import org.coalition.network.NetworkOverview;
import org.coalition.stakeholder.DecisionRole;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who influences whom, the paths to the decision makers, and whether a milestone's decision would pass today. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Influence")
@Timed(description = "API calls on influence links and decisions")
public class InfluenceResource {

    @EJB
    private InfluenceService influence;

    @EJB
    private InfluenceImportService imports;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("coalitions/{coalitionId}/influence-links")
    @Operation(
            summary =
                    "A page of the coalition's influence links (of one stakeholder, to or from them, with ?stakeholder=); notes only for sponsors and members")
    @APIResponse(responseCode = "200", description = "A page of links; X-Total-Count and Link headers")
    @APIResponse(responseCode = "403", description = "No role in this coalition")
    public Response links(
            @PathParam("coalitionId") long coalitionId,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) int size,
            @QueryParam("stakeholder") Long stakeholder) {
        Paging paging = Paging.of(page, size);
        return paging.respond(
                influence.links(coalitionId, stakeholder, paging.first(), paging.size()),
                influence.countLinks(coalitionId, stakeholder),
                InfluenceLinkRepresentation::of,
                uri);
    }

    @POST
    @Path("coalitions/{coalitionId}/influence-links")
    @Operation(summary = "Record that a stakeholder or a member (fromMember: user name) has a stakeholder's ear")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
    @APIResponse(responseCode = "403", description = "The caller's role does not allow it")
    @APIResponse(
            responseCode = "422",
            description =
                    "A rule refused it: a self link, a second link of the same pair, someone of another coalition")
    public Response record(@PathParam("coalitionId") long coalitionId, InfluenceLinkInput input) {
        InfluenceLink link = influence.record(coalitionId, input == null ? null : input.toDraft());
        return Response.created(
                        uri.getBaseUriBuilder().path("influence-links/{id}").build(link.getId()))
                .tag(Versions.etag(link.getVersion()))
                .entity(InfluenceLinkRepresentation.of(link))
                .build();
    }

    @PUT
    @Path("influence-links/{id}")
    @Operation(summary = "Change a link's kind, strength and note (If-Match required)")
    @APIResponse(responseCode = "200", description = "Saved; the new ETag")
    @APIResponse(responseCode = "412", description = "Someone else saved since the ETag in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response revise(@PathParam("id") long id, InfluenceLinkInput input) {
        long version = Versions.ifMatch(headers);
        InfluenceLink link = influence.revise(
                id,
                version,
                input == null ? null : input.kind(),
                input == null || input.strength() == null ? 0 : input.strength(),
                input == null ? null : input.note());
        return Response.ok(InfluenceLinkRepresentation.of(link))
                .tag(Versions.etag(link.getVersion()))
                .build();
    }

    @DELETE
    @Path("influence-links/{id}")
    @Operation(summary = "Remove a link (If-Match required)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "412", description = "Someone else saved since the ETag in If-Match")
    public Response remove(@PathParam("id") long id) {
        influence.remove(id, Versions.ifMatch(headers));
        return Response.noContent().build();
    }

    /** The media type of an Excel workbook (.xlsx). */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @POST
    @Path("coalitions/{coalitionId}/influence-links/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, XLSX})
    @Operation(
            summary = "Import links from a CSV file (or an .xlsx workbook) as the page does: the columns guessed from "
                    + "the header (the links' CSV export reads back in), every row checked, the accepted ones stored in one "
                    + "transaction; with allOrNothing=true nothing is stored when a row is refused")
    @APIResponse(
            responseCode = "200",
            description = "Stored (or, with allOrNothing and a refused row, not: stored false); "
                    + "each refused row with its problem type (link-import-…)")
    @APIResponse(responseCode = "400", description = "The file cannot be read as a table (unreadable-file)")
    @APIResponse(responseCode = "403", description = "The caller's role does not allow it (observers, outsiders)")
    @APIResponse(
            responseCode = "422",
            description = "The file as a whole is refused: who or whom not found among the "
                    + "headers, a field twice, too many rows")
    public LinkImportRepresentation importLinks(
            @PathParam("coalitionId") long coalitionId,
            @QueryParam("allOrNothing") @DefaultValue("false") boolean allOrNothing,
            byte[] file) {
        Table table;
        try {
            MediaType type = headers.getMediaType();
            boolean workbook = type != null && XLSX.equals(type.getType() + "/" + type.getSubtype());
            table = ImportFile.read(workbook ? "links.xlsx" : "links.csv", file == null ? new byte[0] : file);
        } catch (ExchangeException e) {
            throw new ApiProblem(400, "unreadable-file", "Unreadable file", e.getMessage());
        }
        return LinkImportRepresentation.of(
                imports.importRows(coalitionId, table, LinkField.guess(table.header()), allOrNothing));
    }

    /** The body of a decision-role change: APPROVER, VETO_HOLDER, INFLUENCER or null for none. */
    public record DecisionRoleInput(DecisionRole role) {}

    @PUT
    @Path("stakeholders/{id}/decision-role")
    @Operation(summary = "Mark a stakeholder as approver, veto holder or influencer (role null: no decision maker)")
    @APIResponse(responseCode = "204", description = "Saved")
    public Response markDecisionMaker(@PathParam("id") long id, DecisionRoleInput input) {
        influence.markDecisionMaker(id, input == null ? null : input.role());
        return Response.noContent().build();
    }

    @GET
    @Path("coalitions/{coalitionId}/influence-network")
    @Operation(
            summary =
                    "Every decision maker with the strongest short paths of the members to them, and each member's reach")
    @APIResponse(responseCode = "200", description = "Decision makers and reach")
    public NetworkRepresentation network(@PathParam("coalitionId") long coalitionId) {
        return NetworkRepresentation.of(influence.network(coalitionId));
    }

    @GET
    @Path("milestones/{id}/readiness")
    @Operation(summary = "Whether the milestone's decision would pass today, and what blocks it")
    @APIResponse(responseCode = "200", description = "The decision's readiness")
    public NetworkRepresentation.Readiness readiness(@PathParam("id") long id) {
        NetworkOverview decision = influence.decision(id);
        return NetworkRepresentation.Readiness.of(
                decision.network(), decision.decisions().get(0).readiness());
    }

    /** The body naming a milestone's deciders: stakeholder ids of approvers and veto holders. */
    public record DecidersInput(List<Long> stakeholderIds) {}

    @PUT
    @Path("milestones/{id}/deciders")
    @Operation(
            summary = "Name the approvers and veto holders a milestone's decision needs (replacing those named before)")
    @APIResponse(responseCode = "200", description = "The decision's readiness with them")
    @APIResponse(responseCode = "422", description = "Someone named is not marked as approver or veto holder")
    public NetworkRepresentation.Readiness nameDeciders(@PathParam("id") long id, DecidersInput input) {
        influence.nameDeciders(
                id,
                new HashSet<>(input == null || input.stakeholderIds() == null ? List.of() : input.stakeholderIds()));
        return readiness(id);
    }
}
