package org.coalition.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.coalition.access.Roles;

/** Calls services as dana (realm role {@code Roles.ADMIN}). */
@Stateless
@PermitAll
@RunAs(Roles.ADMIN)
public class AsDana extends Caller {}
