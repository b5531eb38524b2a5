package org.coalition.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.coalition.access.Roles;

/**
 * Calls services as hank (realm role {@code executive}), a sponsor only RoleViewsIT uses, so that its
 * sponsor view can start from nothing on a database earlier runs have filled.
 */
@Stateless
@PermitAll
@RunAs(Roles.EXECUTIVE)
public class AsHank extends Caller {}
