package org.coalition.web.security;

import fish.payara.security.annotations.ClaimsDefinition;
import fish.payara.security.annotations.LogoutDefinition;
import fish.payara.security.annotations.OpenIdAuthenticationDefinition;
import fish.payara.security.annotations.OpenIdProviderMetadata;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.coalition.access.Roles;
import org.coalition.platform.OidcSettings;

/**
 * Sign-in through the company's OpenID Connect provider (Keycloak in the demo).
 * <p>
 * Payara's own annotation, not the Jakarta Security 3 one: it carries the realm roles of the
 * {@code groups} claim into EJB {@code @RolesAllowed} from the very first request. Provider,
 * client id and secret come from {@link OidcSettings} (MicroProfile Config), so nothing secret is here.
 */
@ApplicationScoped
@DeclareRoles({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
@OpenIdAuthenticationDefinition(
        providerURI = "",
        clientId = "#{oidcSettings.clientId}",
        clientSecret = "#{oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/Callback",
        scope = {"openid", "email", "profile"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        // the browser goes to Keycloak through the gateway, which shows a clear page when Keycloak is down
        providerMetadata =
                @OpenIdProviderMetadata(
                        issuer = "#{oidcSettings.issuer}",
                        authorizationEndpoint = "#{oidcSettings.signInGateway}",
                        tokenEndpoint = "#{oidcSettings.tokenEndpoint}",
                        userinfoEndpoint = "#{oidcSettings.userinfoEndpoint}",
                        endSessionEndpoint = "#{oidcSettings.endSessionEndpoint}",
                        jwksURI = "#{oidcSettings.jwksUri}",
                        scopesSupported = {"openid", "email", "profile"},
                        responseTypesSupported = {"code"},
                        subjectTypesSupported = {"public"},
                        idTokenSigningAlgValuesSupported = {"RS256"}),
        logout = @LogoutDefinition(notifyProvider = false))
public class SecurityConfiguration {}
