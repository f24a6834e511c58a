package org.servicehall.plugins.notify.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;
import org.apache.felix.framework.FrameworkFactory;
import org.apache.felix.scr.impl.Activator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.service.component.ComponentContext;
import org.osgi.util.function.Function;
import org.osgi.util.promise.Promise;
import org.osgi.util.tracker.ServiceTracker;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.notify.Message;
import org.servicehall.plugin.api.notify.MessageKinds;
import org.servicehall.plugin.api.notify.Notifier;
import org.servicehall.plugin.api.notify.NotifierContext;
import org.servicehall.plugin.api.notify.Recipient;

/**
 * The bundle as the host runs it: an embedded Felix whose system bundle exports only the plugin API
 * (read from the API jar's manifest, as the host does), with Declarative Services. The bundle must
 * resolve with what it embeds, its component must wait for and then take the host's notifier
 * context, and its jSMPP and SLF4J, loaded by the bundle's own class loader, must reach an SMS centre.
 */
class BundleInFelixTest {

    @Test
    void the_bundle_resolves_in_the_hosts_felix_and_its_notifier_sends_over_smpp(@TempDir Path storage) throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, apiExports());
        config.put("felix.log.level", "1");
        Framework felix = new FrameworkFactory().newFramework(config);
        felix.start();
        try (LocalSmsc smsc = LocalSmsc.start()) {
            BundleContext host = felix.getBundleContext();
            List<Bundle> boot = new ArrayList<>();
            for (Class<?> fromJar : List.of(Function.class, Promise.class,
                    ComponentContext.class, Activator.class)) {
                boot.add(host.installBundle(fromJar.getProtectionDomain().getCodeSource().getLocation().toString()));
            }
            for (Bundle bundle : boot) {
                bundle.start();
            }
            Bundle sms = host.installBundle("reference:" + Path.of("target", "classes").toAbsolutePath().toUri());
            sms.start();
            assertEquals(Bundle.ACTIVE, sms.getState());
            assertEquals("org.servicehall.plugins.notify.sms", sms.getSymbolicName());

            ServiceTracker<Notifier, Notifier> notifiers = new ServiceTracker<>(host, Notifier.class, null);
            notifiers.open();
            assertEquals(0, notifiers.size(), "no notifier before the host offers its context");
            RecordingContext context = new RecordingContext().set("transport", "smpp").set("host", "127.0.0.1")
                    .set("port", Integer.toString(smsc.port())).set("systemId", LocalSmsc.SYSTEM_ID)
                    .set("password", LocalSmsc.PASSWORD);
            host.registerService(NotifierContext.class, context, null);
            Notifier notifier = notifiers.waitForService(20_000);
            assertNotNull(notifier, "the component became active");
            assertEquals("sms", notifier.id());
            assertNotSame(LocalSmsc.class.getClassLoader(), notifier.getClass().getClassLoader(),
                    "the notifier and the jSMPP it uses come from the bundle, not from the test's class path");

            notifier.send(new Message(77, Recipient.complainant("TS-1", "13800138000"), MessageKinds.FILED,
                    LocalizedText.of("已受理", "Received"), LocalizedText.of("您的投诉已受理。", "Received."), "TS-1",
                    Map.of(), false));
            assertEquals("【政务服务中心】您的投诉已受理。回复TD退订", smsc.submits.get(0).text());
            notifiers.close();
        } finally {
            felix.stop();
            felix.waitForStop(20_000);
        }
    }

    /** The Export-Package of the plugin API's bundle, which the host puts into its system packages. */
    private static String apiExports() throws Exception {
        Enumeration<URL> manifests = BundleInFelixTest.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
        while (manifests.hasMoreElements()) {
            try (InputStream in = manifests.nextElement().openStream()) {
                var main = new Manifest(in).getMainAttributes();
                String name = main.getValue("Bundle-SymbolicName");
                if (name != null && name.split(";")[0].strip().equals("org.servicehall.plugin.api")) {
                    return main.getValue("Export-Package");
                }
            }
        }
        throw new IllegalStateException("the plugin API is not on the test class path");
    }
}
