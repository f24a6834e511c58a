package org.servicehall.infrastructure.pluginhost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.BundleException;
import org.servicehall.application.PluginAdministration;
import org.servicehall.infrastructure.persistence.JpaPluginAudit;
import org.servicehall.infrastructure.persistence.JpaPluginSettings;
import org.servicehall.plugin.api.common.SettingSpec;

/** IT's plugin actions on the running Felix host, each recorded in the audit trail. */
@ApplicationScoped
public class FelixPluginAdministration implements PluginAdministration {

    private static final Logger LOG = Logger.getLogger(FelixPluginAdministration.class.getName());

    @Inject
    PluginHostService plugins;

    @Inject
    JpaPluginAudit audit;

    @Inject
    JpaPluginSettings settingValues;

    @Inject
    Clock clock;

    private static final int MAX_SETTING_LENGTH = 4000;

    @Override
    public Result upload(String fileName, InputStream content, String actor) {
        String name = fileName == null || fileName.isBlank() ? "upload.jar" : Path.of(fileName).getFileName().toString();
        Optional<FelixPluginHost> host = plugins.host();
        if (host.isEmpty()) {
            return record(actor, "UPLOAD", name, new Result(Outcome.FAILED, name, null, null, "plugin host not running"));
        }
        Path copy = host.get().folders().newPrivateCopy();
        long limit = host.get().settings().maxJarBytes();
        try {
            long written = copyBounded(content, copy, limit);
            if (written > limit) {
                Files.deleteIfExists(copy);
                host.get().folders().reject(copy, name, JarRejectionReason.TOO_LARGE, "> " + limit + " bytes",
                        clock.instant(), actor);
                return record(actor, "UPLOAD", name,
                        new Result(Outcome.REJECTED, name, null, JarRejectionReason.TOO_LARGE.name(), "> " + limit + " bytes"));
            }
            JarVerdict verdict = host.get().admit(copy, name, actor, (accepted, jar) -> publish(accepted, jar, actor));
            Result result = verdict.isAccepted()
                    ? new Result(Outcome.DONE, verdict.symbolicName(), verdict.version(), null, name)
                    : new Result(Outcome.REJECTED, name, null, verdict.reason().name(), verdict.detail());
            return record(actor, "UPLOAD", result.plugin(), result);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Upload of a plugin jar failed", e);
            try {
                Files.deleteIfExists(copy);
            } catch (IOException ignored) {
                // the work folder is private; a leftover does no harm
            }
            return record(actor, "UPLOAD", name, new Result(Outcome.FAILED, name, null, null, e.toString()));
        }
    }

    /** Keeps an accepted jar in the plugin table, from where every server of the database installs it. */
    private void publish(JarVerdict verdict, Path jar, String actor) throws IOException {
        Optional<PluginTable> table = plugins.table();
        if (table.isPresent()) {
            byte[] content = Files.readAllBytes(jar);
            table.get().storeJar(verdict.symbolicName(), verdict.version(), verdict.sha256(), content, actor,
                    clock.instant());
        }
    }

    /** Copies at most {@code limit + 1} bytes; the count tells whether the upload was too large. */
    private static long copyBounded(InputStream in, Path target, long limit) throws IOException {
        long total = 0;
        byte[] buffer = new byte[16384];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > limit) {
                    return total;
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }

    /*
     * Stop, start and remove are first recorded in the plugin table, which every server follows
     * (this one included, should its own action below fail), then done here at once. A plugin known
     * only to the table (not installed on this server) is still acted on: the other servers hold it.
     */

    @Override
    public Result stop(String plugin, String actor) {
        return act("STOP", plugin, actor, DesiredState.STOPPED, host -> host.stopPlugin(plugin));
    }

    @Override
    public Result start(String plugin, String actor) {
        return act("START", plugin, actor, DesiredState.RUNNING, host -> host.startPlugin(plugin));
    }

    @Override
    public Result remove(String plugin, String actor) {
        return act("REMOVE", plugin, actor, DesiredState.REMOVED, host -> host.removePlugin(plugin));
    }

    private interface HostAction {
        boolean apply(FelixPluginHost host) throws IOException, BundleException;
    }

    private Result act(String action, String plugin, String actor, DesiredState desired, HostAction work) {
        Optional<FelixPluginHost> host = plugins.host();
        if (host.isEmpty()) {
            return record(actor, action, plugin, new Result(Outcome.FAILED, plugin, null, null, "plugin host not running"));
        }
        try {
            Optional<PluginTable> table = plugins.table();
            boolean known = isInstalled(host.get(), plugin) || table.flatMap(t -> t.row(plugin))
                    .filter(row -> row.desired() != DesiredState.REMOVED).isPresent();
            if (!known) {
                return record(actor, action, plugin, new Result(Outcome.NOT_FOUND, plugin, null, null, null));
            }
            if (table.isPresent()) {
                table.get().desire(plugin, desired, actor, clock.instant());
            }
            boolean found = work.apply(host.get()) || table.isPresent();
            return record(actor, action, plugin, new Result(found ? Outcome.DONE : Outcome.NOT_FOUND, plugin, null, null, null));
        } catch (IOException | BundleException | RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin action {0} on {1} failed: {2}", new Object[] {action, plugin, e.toString()});
            return record(actor, action, plugin, new Result(Outcome.FAILED, plugin, null, null, e.getMessage()));
        }
    }

    private static boolean isInstalled(FelixPluginHost host, String plugin) {
        return host.bundles().stream().anyMatch(bundle -> !BootBundle.isBoot(bundle) && plugin.equals(bundle.getSymbolicName()));
    }

    private Result record(String actor, String action, String plugin, Result result) {
        String detail = result.reason() == null ? result.detail()
                : result.reason() + (result.detail() == null ? "" : ": " + result.detail());
        try {
            audit.record(new AuditEntry(clock.instant(), actor, action, plugin == null ? "-" : plugin,
                    result.outcome().name(), detail));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Plugin action not recorded in the audit trail", e);
        }
        return result;
    }

    @Override
    public List<Rejection> rejections(int max) {
        return plugins.host().map(host -> host.folders().rejections(max).stream()
                .map(r -> new Rejection(r.fileName(), r.originalName(), r.reason(), r.detail(), r.at(), r.by()))
                .toList()).orElse(List.of());
    }

    @Override
    public List<AuditEntry> audit(int max) {
        return audit.latest(max);
    }

    @Override
    public List<String> stoppedByAdmin() {
        return plugins.host().map(host -> List.copyOf(host.stoppedByAdmin())).orElse(List.of());
    }

    @Override
    public List<SettingGroup> settings() {
        Optional<FelixPluginHost> host = plugins.host();
        if (host.isEmpty()) {
            return List.of();
        }
        Map<String, String> stored = settingValues.all();
        List<SettingGroup> groups = new ArrayList<>();
        for (DeclaredSettings declared : PluginSettingsCatalog.declared(host.get())) {
            List<SettingField> fields = new ArrayList<>();
            for (SettingSpec spec : declared.specs()) {
                String fullKey = declared.prefix() + spec.key();
                String value = stored.get(fullKey);
                boolean secret = spec.type() == SettingSpec.Type.SECRET;
                fields.add(new SettingField(fullKey, spec.key(), spec.type().name(), spec.label().zh(), spec.label().en(),
                        spec.description().zh(), spec.description().en(), secret ? "" : spec.defaultValue(),
                        secret ? null : value, value != null));
            }
            groups.add(new SettingGroup(declared.pluginId(), declared.kind(), declared.id(), List.copyOf(fields)));
        }
        return groups;
    }

    @Override
    public Result saveSettings(String kind, String id, Map<String, String> values, String actor) {
        return saveSettings(kind, id, values, Set.of(), actor);
    }

    @Override
    public Result saveSettings(String kind, String id, Map<String, String> values, Set<String> removed,
                               String actor) {
        String subject = kind + " " + id;
        Optional<FelixPluginHost> host = plugins.host();
        Optional<DeclaredSettings> declared = host.isEmpty() ? Optional.empty()
                : PluginSettingsCatalog.declared(host.get()).stream()
                        .filter(d -> d.kind().equals(kind) && d.id().equals(id)).findFirst();
        if (declared.isEmpty()) {
            return record(actor, "SETTINGS", subject, new Result(Outcome.NOT_FOUND, subject, null, null, null));
        }
        Map<String, String> changes = new LinkedHashMap<>();
        for (SettingSpec spec : declared.get().specs()) {
            if (removed.contains(spec.key())) {
                changes.put(declared.get().prefix() + spec.key(), null);
                continue;
            }
            if (!values.containsKey(spec.key())) {
                continue;
            }
            String value = values.get(spec.key()) == null ? "" : values.get(spec.key()).replace("\r\n", "\n").strip();
            if (spec.type() == SettingSpec.Type.LIST) {
                value = String.join(",", value.split("\\s*[,\n]\\s*"));
            }
            if (value.isEmpty()) {
                if (spec.type() != SettingSpec.Type.SECRET) {
                    changes.put(declared.get().prefix() + spec.key(), null);
                }
                continue;
            }
            if (!fits(spec.type(), value)) {
                return record(actor, "SETTINGS", subject,
                        new Result(Outcome.REJECTED, subject, null, "INVALID_SETTING", spec.key()));
            }
            changes.put(declared.get().prefix() + spec.key(), value);
        }
        settingValues.put(changes, actor, clock.instant());
        // the keys that changed, never the values: a secret must not reach the audit trail
        return record(actor, "SETTINGS", subject, new Result(Outcome.DONE, subject, null, null,
                String.join(", ", changes.keySet().stream().map(k -> k.substring(declared.get().prefix().length())).toList())));
    }

    private static boolean fits(SettingSpec.Type type, String value) {
        if (value.length() > MAX_SETTING_LENGTH || value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            return false;
        }
        return switch (type) {
            case NUMBER -> value.matches("-?\\d{1,15}");
            case FLAG -> value.equals("true") || value.equals("false");
            case TEXT, SECRET -> !value.contains("\n");
            case LIST -> true;
        };
    }
}
