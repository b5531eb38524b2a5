package org.coalition.testsupport;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Puts {@link SharedPayaraMicro} in the place of the connector's container, so the whole suite runs
 * against one Payara Micro (META-INF/services registers this extension on the client side).
 */
@ClientSideOnly
public class SharedDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
    }
}
