package org.coalition.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.coalition.access.Roles;

/** Calls services as carol (realm role {@code Roles.EMPLOYEE}). */
@Stateless
@PermitAll
@RunAs(Roles.EMPLOYEE)
public class AsCarol extends Caller {}
