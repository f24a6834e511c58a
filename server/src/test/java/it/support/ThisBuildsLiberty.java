package it.support;

import io.openliberty.arquillian.managed.WLPManagedContainer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * The in-container tests' Liberty container, connected to this build's test server by the JMX
 * address that server writes into its own folder. The stock container finds the server's JVM among
 * all on the machine by a name its command line contains ("servicehall"), which every build of
 * ServiceHall on one machine shares: with two builds at once it attached to the other build's
 * server and waited there in vain for its deployment (ComplaintPersistenceIT, "it-persistence
 * ApplicationMBean ... NOT_INSTALLED", while this server had started it). Registered as an
 * Arquillian extension in META-INF/services; everything else is the stock container's.
 */
public class ThisBuildsLiberty extends WLPManagedContainer {

    /** Puts this container in the stock one's place. */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, WLPManagedContainer.class, ThisBuildsLiberty.class);
        }
    }

    @Override
    public void start() throws LifecycleException {
        Path address = TestServer.serverDir().resolve("logs").resolve("state").resolve("com.ibm.ws.jmx.local.address");
        try {
            List<String> lines = Files.readAllLines(address, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                throw new LifecycleException("no JMX address in " + address + ": is the test server running with localConnector-1.0?");
            }
            JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(lines.get(0).strip()));
            set("jmxConnector", connector);
            set("mbsc", connector.getMBeanServerConnection());
            Method locators = WLPManagedContainer.class.getDeclaredMethod("initExceptionLocators");
            locators.setAccessible(true);
            locators.invoke(this);
            java.util.logging.Logger.getLogger(ThisBuildsLiberty.class.getName())
                    .info("In-container tests deploy to the test server of this build, " + TestServer.serverDir());
        } catch (IOException | ReflectiveOperationException e) {
            throw new LifecycleException("cannot connect to the test server's JMX address in " + address, e);
        }
    }

    private void set(String field, Object value) throws ReflectiveOperationException {
        Field f = WLPManagedContainer.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(this, value);
    }
}
