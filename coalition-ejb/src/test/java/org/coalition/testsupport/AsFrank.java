package org.coalition.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.coalition.access.Roles;

/** Calls services as frank, department administrator (Engineering in the tests). */
@Stateless
@PermitAll
@RunAs(Roles.DEPARTMENT_ADMIN)
public class AsFrank extends Caller {}
