package org.coalition.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.coalition.access.Roles;

/** Calls services as alice (realm role {@code executive}). */
@Stateless
@PermitAll
@RunAs(Roles.EXECUTIVE)
public class AsAlice extends Caller {}
