package org.coalition.api.platform;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Optimistic locking over HTTP: the ETag of a resource is its entity's version; an update must send the ETag it
 * started from in If-Match, and the service refuses it when someone else saved meanwhile (412).
 */
public final class Versions {

    private Versions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version the caller read, from If-Match.
     *
     * @throws ApiProblem 428 when If-Match is missing, 412 when it names no version this API handed out
     */
    public static long ifMatch(HttpHeaders headers) {
        String header = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (header == null || header.isBlank()) {
            throw new ApiProblem(
                    428,
                    "if-match-required",
                    "If-Match required",
                    "Send the ETag you read in an If-Match header, so that nobody else's changes are overwritten.");
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ApiProblem(
                    412,
                    "stale",
                    "Changed by someone else",
                    "If-Match " + header.strip() + " does not match the current version; read the resource again.");
        }
    }
}
