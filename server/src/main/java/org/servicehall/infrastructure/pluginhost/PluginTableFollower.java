package org.servicehall.infrastructure.pluginhost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * Keeps one server's plugin host in line with the plugin table, and reports the server's plugin
 * states back to it. Each {@link #runOnce()} reads the table, carries out the
 * {@link PluginTableDecisions} for every row that changed since this server last carried it out (a
 * jar is written through a private copy whose SHA-256 must match the table's before it moves into
 * the watched folder) and writes the states that changed. A row once carried out is not enforced
 * again: what IT does by hand in one server's folder afterwards (a jar dropped in again after a
 * removal, a test bundle taken out) stays that server's business until IT acts through the table
 * again. A server that never saw a row (started later, or new) carries out all of them. The
 * server's node id is the only thing that tells two followers of one table apart.
 *
 * <p>States reported: RUNNING, STOPPED (IT stopped it), HELD (the circuit breaker stopped it),
 * FAILED (it cannot start, or the table's jar could not be written; the problem says why), or the
 * bundle's OSGi state while it is between these (INSTALLED, RESOLVED, STARTING, STOPPING).
 */
public final class PluginTableFollower {

    private static final Logger LOG = Logger.getLogger(PluginTableFollower.class.getName());

    /** Every this many runs a server marks its reports as current even when nothing changed. */
    static final int RUNS_PER_STILL_HERE = 10;
    /** A server whose reports are older than this many runs counts as gone (three missed marks). */
    public static final int RUNS_UNTIL_GONE = 3 * RUNS_PER_STILL_HERE;

    private final FelixPluginHost host;
    private final PluginTable table;
    private final String node;
    private final Clock clock;
    /** SHA-256 of the table's jar that could not be written here, by plugin: not tried again until it changes. */
    private final Map<String, String> failedWrites = new ConcurrentHashMap<>();
    private final Map<String, String> writeProblems = new ConcurrentHashMap<>();
    private Map<String, PluginStateReport> reported = Map.of();
    /** The row each plugin had when this server last carried it out; see {@link #mark}. */
    private Map<String, String> applied;
    private int runs;

    public PluginTableFollower(FelixPluginHost host, PluginTable table, String node, Clock clock) {
        this.host = host;
        this.table = table;
        this.node = node;
        this.clock = clock;
    }

    public String node() {
        return node;
    }

    /**
     * Before the host starts: writes the table's jars and the stop list into the folder, so that a
     * server started later comes up with the same plugins and never starts one IT stopped.
     */
    public synchronized void prepare() {
        try {
            Files.createDirectories(host.folders().watched());
            host.folders().create();
            // nothing is recorded as carried out: the first round after the start does it all again
            // with the bundles in view (a removal needs them)
            follow(table.rows(), false);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin table not read before the plugin host started on {0}: {1}",
                    new Object[] {node, e.toString()});
        }
    }

    /** One round: follow the table, then report. Never throws: a failed round is logged and the next one tries again. */
    public synchronized void runOnce() {
        if (!host.isRunning()) {
            return;
        }
        try {
            follow(table.rows(), true);
            report();
        } catch (RuntimeException e) {
            reported = Map.of(); // written anew next round
            LOG.log(Level.WARNING, "Plugin table not followed on {0}: {1}", new Object[] {node, e.toString()});
        }
    }

    private void follow(List<PluginJarRow> all, boolean record) {
        PluginFolders folders = host.folders();
        if (applied == null) {
            applied = new HashMap<>(folders.tableApplied());
        }
        List<PluginJarRow> rows = all.stream().filter(row -> !mark(row).equals(applied.get(row.symbolicName()))).toList();
        Set<String> failedSteps = new HashSet<>();
        Set<String> installed = plugins().stream().map(Bundle::getSymbolicName).collect(Collectors.toSet());
        LocalPlugins local = new LocalPlugins(folders.placedByHost(), installed,
                folders.stopped(), Map.copyOf(failedWrites));
        Map<String, PluginJarRow> byName = rows.stream()
                .collect(Collectors.toMap(PluginJarRow::symbolicName, row -> row));
        for (PluginStep step : PluginTableDecisions.decide(rows, local)) {
            String name = step.symbolicName();
            try {
                switch (step.kind()) {
                    case STOP -> {
                        if (!host.stopPlugin(name)) {
                            folders.markStopped(name, true);
                        }
                    }
                    case START -> {
                        if (!host.startPlugin(name)) {
                            folders.markStopped(name, false);
                        }
                    }
                    case REMOVE -> remove(name);
                    case WRITE -> write(byName.get(name));
                }
                LOG.log(Level.INFO, "Plugin {0}: {1} on {2}, as the plugin table asks", new Object[] {name, step.kind(), node});
            } catch (IOException | BundleException | RuntimeException e) {
                // a start that fails is kept as the plugin's problem by the host and reported as FAILED
                LOG.log(Level.WARNING, "Plugin {0}: {1} on {2} failed: {3}",
                        new Object[] {name, step.kind(), node, e.toString()});
                failedSteps.add(name);
            }
        }
        Map<String, PluginJarRow> current = all.stream()
                .collect(Collectors.toMap(PluginJarRow::symbolicName, row -> row));
        failedWrites.entrySet().removeIf(failed -> current.get(failed.getKey()) == null
                || !failed.getValue().equals(current.get(failed.getKey()).sha256()));
        writeProblems.keySet().retainAll(failedWrites.keySet());
        if (record && !rows.isEmpty()) {
            // a step that threw is tried again next round; a jar that did not match is not (failedWrites)
            rows.stream().filter(row -> !failedSteps.contains(row.symbolicName()))
                    .forEach(row -> applied.put(row.symbolicName(), mark(row)));
            applied.keySet().retainAll(current.keySet());
            try {
                folders.recordTableApplied(applied);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Plugin table changes carried out on {0} not recorded: {1}",
                        new Object[] {node, e.toString()});
            }
        }
    }

    /** What identifies one change of a row: who wanted what, when, with which jar. */
    private static String mark(PluginJarRow row) {
        return row.desired() + " " + row.sha256() + " " + row.changedAt() + " " + row.changedBy();
    }

    private void remove(String name) throws IOException, BundleException {
        if (!host.removePlugin(name)) {
            Path jar = host.folders().watched().resolve(name + ".jar");
            host.folders().remove(jar, clock.instant());
        }
        failedWrites.remove(name);
    }

    private void write(PluginJarRow row) throws IOException {
        String name = row.symbolicName();
        Optional<byte[]> content = table.jar(name, row.sha256());
        if (content.isEmpty()) {
            return; // replaced or removed since the rows were read: the next round sees the new row
        }
        Path copy = host.folders().newPrivateCopy();
        Files.write(copy, content.get());
        String written = PluginJarCheck.sha256(copy);
        if (!written.equals(row.sha256())) {
            Files.deleteIfExists(copy);
            failedWrites.put(name, row.sha256());
            writeProblems.put(name, "the written jar's SHA-256 " + written + " is not the plugin table's " + row.sha256());
            LOG.log(Level.WARNING, "Plugin {0}: the jar written on {1} does not match the plugin table; not installed",
                    new Object[] {name, node});
            return;
        }
        host.folders().admit(copy, name, written);
        failedWrites.remove(name);
        writeProblems.remove(name);
    }

    /** Writes the states that changed since the last report, and now and then marks all as current. */
    private void report() {
        Map<String, PluginStateReport> now = states();
        Map<String, PluginStateReport> changed = new HashMap<>();
        now.forEach((name, state) -> {
            if (!state.equals(reported.get(name))) {
                changed.put(name, state);
            }
        });
        Set<String> gone = new HashSet<>(reported.keySet());
        gone.removeAll(now.keySet());
        if (!changed.isEmpty() || !gone.isEmpty()) {
            table.report(node, changed, gone, clock.instant());
        }
        reported = now;
        if (++runs % RUNS_PER_STILL_HERE == 0) {
            table.stillHere(node, clock.instant());
        }
    }

    /** This server's state of each plugin it holds, and of each the table's jar could not be written for. */
    Map<String, PluginStateReport> states() {
        Set<String> stopped = host.folders().stopped();
        Map<String, String> problems = host.problems();
        Map<String, PluginStateReport> states = new HashMap<>();
        for (Bundle bundle : plugins()) {
            String name = bundle.getSymbolicName();
            String state;
            String problem = null;
            if (bundle.getState() == Bundle.ACTIVE) {
                state = "RUNNING";
            } else if (stopped.contains(name)) {
                state = "STOPPED";
            } else if (host.isHeldByBreaker(name)) {
                state = "HELD";
            } else if (problems.containsKey(name)) {
                state = "FAILED";
                problem = problems.get(name);
            } else {
                state = FelixPluginHost.stateName(bundle.getState());
            }
            states.put(name, new PluginStateReport(state, problem));
        }
        writeProblems.forEach((name, problem) -> states.put(name, new PluginStateReport("FAILED", problem)));
        return states;
    }

    /** The plugin bundles installed now: boot bundles and fragments left out. */
    private List<Bundle> plugins() {
        return host.bundles().stream()
                .filter(bundle -> !BootBundle.isBoot(bundle) && bundle.getSymbolicName() != null)
                .filter(bundle -> bundle.getState() != Bundle.UNINSTALLED)
                .filter(bundle -> bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null)
                .toList();
    }
}
