package org.coalition.api.platform;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fish.payara.security.openid.api.AccessTokenCallerPrincipal;
import fish.payara.security.openid.api.BearerGroupsIdentityStore;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The roles of an API caller: Payara's OpenID Connect mechanism (the same as the pages') accepts
 * {@code Authorization: Bearer} access tokens of the realm and checks their signature, issuer and expiry;
 * this store adds the realm roles from the token's {@code groups} claim — only for tokens issued to this
 * application (audience {@code coalition-app}), so a token for another client gets no role.
 */
@ApplicationScoped
public class BearerGroups extends BearerGroupsIdentityStore {

    @Inject
    @ConfigProperty(name = "coalition.oidc.client-id", defaultValue = "coalition-app")
    String clientId;

    @Override
    protected Set<String> getCallerGroups(AccessTokenCallerPrincipal caller) {
        if (!caller.hasAudience(clientId) && !clientId.equals(caller.getClaims().getStringClaim("azp").orElse(null))) {
            return Set.of();
        }
        return new HashSet<>(caller.getClaims().getArrayStringClaim("groups"));
    }
}
