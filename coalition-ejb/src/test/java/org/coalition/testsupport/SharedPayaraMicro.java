package org.coalition.testsupport;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * The Payara Micro connector, started once for the whole suite. The connector starts a new Micro
 * process for every deployment and stops it on undeploy, ~25 s per test class. Every test class
 * deploys the same archive ({@link Deployments#services()}, which holds all test classes), so this
 * keeps the first deployment running and hands its address to the next classes; Micro stops when
 * the suite ends. An archive with other content still gets a fresh Micro of its own.
 *
 * <p>{@code randomHttpPort} here means a free port on 127.0.0.1: the connector's own choice,
 * 8080–9079, can land on a port another server holds.
 */
@ClientSideOnly
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(SharedPayaraMicro.class.getName());

    private final PayaraMicroDeployableContainer micro = new PayaraMicroDeployableContainer();
    private Archive<?> running;
    private Set<String> runningContent;
    private ProtocolMetaData runningMetaData;

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        if (configuration.isRandomHttpPort()) {
            configuration.setRandomHttpPort(false);
            String extra =
                    configuration.getExtraMicroOptions() == null ? "" : configuration.getExtraMicroOptions() + " ";
            configuration.setExtraMicroOptions(extra + "--port " + freeLoopbackPort());
        }
        micro.setup(configuration);
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return micro.getDefaultProtocol();
    }

    @Override
    public void start() throws LifecycleException {
        micro.start();
    }

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        Set<String> content = contentOf(archive);
        if (running != null && content.equals(runningContent)) {
            return runningMetaData;
        }
        if (running != null) {
            LOG.warning(
                    () -> archive.getName() + " differs from the running deployment: starting another Payara Micro");
            stopMicro();
        }
        ProtocolMetaData metaData = micro.deploy(archive);
        if (metaData != null) { // the connector answers null when Micro did not start in time
            running = archive;
            runningContent = content;
            runningMetaData = metaData;
        }
        return metaData;
    }

    /** Keeps the deployment for the next test class; {@link #stop()} ends it with the suite. */
    @Override
    public void undeploy(Archive<?> archive) {}

    @Override
    public synchronized void stop() throws LifecycleException {
        try {
            stopMicro();
        } catch (DeploymentException e) {
            throw new LifecycleException("Payara Micro did not stop", e);
        }
        micro.stop();
    }

    @Override
    public void deploy(Descriptor descriptor) throws DeploymentException {
        micro.deploy(descriptor);
    }

    @Override
    public void undeploy(Descriptor descriptor) throws DeploymentException {
        micro.undeploy(descriptor);
    }

    private void stopMicro() throws DeploymentException {
        if (running != null) {
            Archive<?> stopping = running;
            running = null;
            runningContent = null;
            runningMetaData = null;
            micro.undeploy(stopping); // the connector stops the Micro process here
        }
    }

    /** What the archive holds, by path: the same list means the same deployment. */
    private static Set<String> contentOf(Archive<?> archive) {
        Set<String> paths = new TreeSet<>();
        for (ArchivePath path : archive.getContent().keySet()) {
            paths.add(path.get());
        }
        return paths;
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }
}
