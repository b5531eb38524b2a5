package org.coalition.api.platform;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** {@code ?page=&size=} of the list endpoints: checked, turned into a first row, and answered with Link headers. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final String DEFAULT_SIZE = "20";

    /** @throws ApiProblem 400 with the offending parameters */
    public static Paging of(int page, int size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new Problem.FieldError("page", "The page number starts at 0."));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new Problem.FieldError("size", "The page size is from 1 to " + MAX_SIZE + "."));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(400, "validation", "Invalid request", "Some query parameters are not valid.", errors);
        }
        return new Paging(page, size);
    }

    public int first() {
        return page * size;
    }

    /** A page of a list that the service returns whole (kept short by nature, e.g. a coalition's milestones). */
    public <T> List<T> slice(List<T> all) {
        int from = Math.min(first(), all.size());
        return all.subList(from, Math.min(from + size, all.size()));
    }

    /** 200 with the page as body, X-Total-Count, and Link headers to the first, previous, next and last pages. */
    public <E, T> Response respond(List<E> rows, long total, Function<E, T> representation, UriInfo uri) {
        Page<T> body = new Page<>(rows.stream().map(representation).toList(), page, size, total);
        Response.ResponseBuilder response = Response.ok(body).header("X-Total-Count", total);
        long last = Math.max(0, (total - 1) / size);
        response.links(link(uri, 0, "first"), link(uri, last, "last"));
        if (page > 0) {
            response.links(link(uri, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            response.links(link(uri, page + 1, "next"));
        }
        return response.build();
    }

    private Link link(UriInfo uri, long target, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder()
                        .replaceQueryParam("page", target)
                        .replaceQueryParam("size", size))
                .rel(rel)
                .build();
    }
}
