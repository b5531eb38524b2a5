package org.coalition.api.platform;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error as RFC 9457 describes it ({@code application/problem+json}): what kind of problem, a short title, the
 * status, an explanation meant for a person, and for invalid input the fields at fault with their messages.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** One invalid field of the request and why. */
    public record FieldError(String field, String message) {
    }

    /** A problem type as a URI that names it (the catalogue is in the README). */
    public static String type(String slug) {
        return "urn:coalition:problem:" + slug;
    }
}
