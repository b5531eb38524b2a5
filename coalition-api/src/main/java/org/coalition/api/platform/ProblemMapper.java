package org.coalition.api.platform;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coalition.platform.BusinessException;
import org.coalition.platform.ConcurrentEditException;

/**
 * Every failure of an API call as {@code application/problem+json}: the services' business exceptions with their
 * own status and message, refused roles as 403, invalid input as 400 with one entry per field, a stale If-Match as
 * 412, and anything unexpected as a plain 500 (the stack trace goes to the server log, never to the caller).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    /** Who is calling: without a caller, a refusal means "sign in" (401), with one "not allowed" (403). */
    @Context
    private HttpServletRequest servletRequest;

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        Problem problem = problem(failure);
        return Response.status(problem.status())
                .type(Problem.MEDIA)
                .entity(problem)
                .build();
    }

    Problem problem(Throwable failure) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        ApiProblem api = find(failure, ApiProblem.class);
        if (api != null) {
            return api.toProblem(instance);
        }
        ConstraintViolationException invalid = find(failure, ConstraintViolationException.class);
        if (invalid != null) {
            return invalid(invalid, instance);
        }
        ConcurrentEditException stale = find(failure, ConcurrentEditException.class);
        if (stale != null && headers != null && headers.getHeaderString(HttpHeaders.IF_MATCH) != null) {
            return new Problem(
                    Problem.type("stale"), "Changed by someone else", 412, stale.getMessage(), instance, null);
        }
        BusinessException business = find(failure, BusinessException.class);
        if (business != null) {
            return refused(business, instance);
        }
        if (find(failure, EJBAccessException.class) != null || find(failure, AccessLocalException.class) != null) {
            if (servletRequest != null && servletRequest.getUserPrincipal() == null) {
                return new Problem(
                        Problem.type("unauthorized"),
                        title(401),
                        401,
                        "Send a valid access token from the identity provider: Authorization: Bearer <token>.",
                        instance,
                        null);
            }
            return new Problem(
                    Problem.type("forbidden"), title(403), 403, "Your roles do not allow this.", instance, null);
        }
        if (find(failure, JsonbException.class) != null) {
            return new Problem(
                    Problem.type("unreadable"),
                    "Unreadable request",
                    400,
                    "The request body is not JSON of the expected shape (check field names, dates as YYYY-MM-DD and "
                            + "the allowed values).",
                    instance,
                    null);
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 403 && servletRequest != null && servletRequest.getUserPrincipal() == null) {
                status = 401; // no caller at all: the token is missing or was not accepted
            }
            Response.Status known = Response.Status.fromStatusCode(status);
            String phrase = known == null ? "HTTP " + status : known.getReasonPhrase();
            return switch (status) {
                case 401 ->
                    new Problem(
                            Problem.type("unauthorized"),
                            title(401),
                            401,
                            "Send a valid access token from the identity provider: Authorization: Bearer <token>.",
                            instance,
                            null);
                case 403 ->
                    new Problem(
                            Problem.type("forbidden"),
                            title(403),
                            403,
                            "Your account has none of the application's roles.",
                            instance,
                            null);
                case 404 ->
                    new Problem(
                            Problem.type("not-found"),
                            title(404),
                            404,
                            "There is nothing at this address.",
                            instance,
                            null);
                default -> new Problem(Problem.type(slug(status)), phrase, status, phrase + ".", instance, null);
            };
        }
        LOG.log(Level.SEVERE, "Unexpected failure on " + instance, failure);
        return new Problem(
                Problem.type("internal"),
                "Internal error",
                500,
                "Something went wrong on our side; it has been logged. Please try again later.",
                instance,
                null);
    }

    /**
     * A refusal of a service: its own stable type ({@code urn:coalition:problem:only-sponsor-decides}), the status
     * of its kind, its English sentence as the detail and its values as {@code arguments} (enum constants by name).
     */
    static Problem refused(BusinessException business, String instance) {
        List<Object> arguments = new ArrayList<>();
        for (Object argument : business.arguments()) {
            arguments.add(
                    argument instanceof Enum<?> constant
                            ? constant.name()
                            : argument instanceof Number number
                                    ? number
                                    : argument == null ? "" : String.valueOf(argument));
        }
        return new Problem(
                Problem.type(business.refusal().problemType()),
                title(business.httpStatus()),
                business.httpStatus(),
                business.getMessage(),
                instance,
                null,
                List.copyOf(arguments));
    }

    /** Invalid input: 400 with one entry per field, the same messages as on the pages. */
    static Problem invalid(ConstraintViolationException invalid, String instance) {
        List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return new Problem(
                Problem.type("validation"),
                "Invalid request",
                400,
                "Some fields are not valid; see errors.",
                instance,
                errors);
    }

    /** Service parameters whose name differs from the API's field. */
    private static final Map<String, String> FIELD_NAMES = Map.of("assigneeUsername", "assignee");

    /** The field a violation is about: the last named node of its path ("propose.draft.name" is "name"). */
    private static String field(ConstraintViolation<?> violation) {
        String field = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && node.getKind() != ElementKind.METHOD) {
                field = node.getName();
            }
        }
        return FIELD_NAMES.getOrDefault(field, field);
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 401 -> "Sign-in required";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            case 412 -> "Changed by someone else";
            case 422 -> "Rule violated";
            default -> "Request failed";
        };
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "validation";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 412 -> "stale";
            case 422 -> "rule-violated";
            default -> "http-" + status;
        };
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
