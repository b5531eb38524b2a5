package org.coalition.api.platform;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid input caught by the JAX-RS runtime itself (bean validation of resource parameters) as a problem with
 * field errors: JAX-RS picks the mapper of the closest exception type, and without this one the runtime's own
 * validation mapper would answer a bare 400.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        Problem problem = ProblemMapper.invalid(
                invalid, uri == null ? null : uri.getRequestUri().getRawPath());
        return Response.status(400).type(Problem.MEDIA).entity(problem).build();
    }
}
