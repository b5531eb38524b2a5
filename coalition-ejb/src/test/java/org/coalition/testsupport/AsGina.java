package org.coalition.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.coalition.access.Roles;

/** Calls services as gina, department administrator (HR in the tests). */
@Stateless
@PermitAll
@RunAs(Roles.DEPARTMENT_ADMIN)
public class AsGina extends Caller {}
