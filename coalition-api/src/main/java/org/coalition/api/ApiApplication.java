package org.coalition.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.coalition.access.Roles;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, version 1, at {@code /coalition-api/v1}. Callers send the identity provider's access token
 * as a bearer token (MicroProfile JWT: signature checked against the realm's keys, issuer and audience checked,
 * realm roles from the {@code groups} claim). Who may do what is decided by the services, exactly as for the
 * pages: the resources only translate between HTTP and the service calls.
 */
@ApplicationPath("v1")
@DeclareRoles({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Coalition API",
                        version = "1",
                        description =
                                "Coalitions, stakeholders, milestones and tasks. Every call needs an access token from the "
                                        + "identity provider (Authorization: Bearer ...); the same access rules apply as on the pages. "
                                        + "Updates need the ETag of what you read in If-Match (412 when someone else saved first). "
                                        + "Errors are application/problem+json (RFC 9457); invalid fields are listed in 'errors'."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token of the realm 'coalition' (password grant or authorization code)")
public class ApiApplication extends Application {}
