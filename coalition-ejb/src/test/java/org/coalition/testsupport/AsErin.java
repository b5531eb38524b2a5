package org.coalition.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.coalition.access.Roles;

/** Calls services as erin (realm role {@code Roles.EMPLOYEE}). */
@Stateless
@PermitAll
@RunAs(Roles.EMPLOYEE)
public class AsErin extends Caller {}
