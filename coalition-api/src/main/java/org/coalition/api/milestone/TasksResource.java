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
import org.coalition.api.platform.Paging;
import org.coalition.api.platform.Versions;
import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.Task;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tasks of a coalition: sponsors and members create them; members update their own, sponsors any. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
@Timed(description = "API calls on tasks")
public class TasksResource {

    @EJB
    private MilestoneService milestones;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("coalitions/{coalitionId}/tasks")
    @Operation(summary = "A page of the coalition's tasks, soonest due first")
    @APIResponse(responseCode = "200", description = "A page of tasks; X-Total-Count and Link headers")
    @APIResponse(responseCode = "403", description = "No role in this coalition")
    public Response list(
            @PathParam("coalitionId") long coalitionId,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        return paging.respond(
                milestones.tasks(coalitionId, paging.first(), paging.size()),
                milestones.countTasks(coalitionId),
                TaskRepresentation::of,
                uri);
    }

    @POST
    @Path("coalitions/{coalitionId}/tasks")
    @Operation(summary = "Create a task for one of the coalition's sponsors or members")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag",
            content = @Content(schema = @Schema(implementation = TaskRepresentation.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
    @APIResponse(responseCode = "403", description = "The caller's role does not allow it")
    @APIResponse(
            responseCode = "422",
            description = "The assignee is no sponsor or member, or the milestone is another coalition's")
    public Response create(@PathParam("coalitionId") long coalitionId, TaskInput input) {
        TaskInput in = input == null ? new TaskInput(null, null, null, null) : input;
        Task created = milestones.addTask(coalitionId, in.milestoneId(), in.title(), in.assignee(), in.dueOn());
        TaskRepresentation task = TaskRepresentation.of(milestones.task(created.getId()));
        return Response.created(uri.getBaseUriBuilder().path("tasks/{id}").build(task.id()))
                .tag(Versions.etag(task.version()))
                .entity(task)
                .build();
    }

    @GET
    @Path("tasks/{id}")
    @Operation(summary = "One task")
    @APIResponse(
            responseCode = "200",
            description = "The task; its ETag is the version to send in If-Match",
            content = @Content(schema = @Schema(implementation = TaskRepresentation.class)))
    @APIResponse(responseCode = "404", description = "No such task")
    public Response read(@PathParam("id") long id) {
        TaskRepresentation task = TaskRepresentation.of(milestones.task(id));
        return Response.ok(task).tag(Versions.etag(task.version())).build();
    }

    @PUT
    @Path("tasks/{id}")
    @Operation(summary = "Update a task's status and progress notes (If-Match required): your own, or any as sponsor")
    @APIResponse(
            responseCode = "200",
            description = "Saved; the new ETag",
            content = @Content(schema = @Schema(implementation = TaskRepresentation.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
    @APIResponse(responseCode = "403", description = "Not your task, and you are no sponsor")
    @APIResponse(responseCode = "412", description = "Someone else saved since the ETag in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") long id, TaskUpdateInput input) {
        long version = Versions.ifMatch(headers);
        TaskUpdateInput in = input == null ? new TaskUpdateInput(null, null) : input;
        milestones.updateTask(id, version, in.status(), in.progressNotes());
        TaskRepresentation task = TaskRepresentation.of(milestones.task(id));
        return Response.ok(task).tag(Versions.etag(task.version())).build();
    }
}
