package org.servicehall.infrastructure.pluginhost;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Why an installed plugin is not running, apart from IT having stopped it: the circuit breaker
 * holds it stopped, or its last start failed (e.g. a missing import). The reconciler, which starts
 * plugins, and the lifecycle, which IT and the breaker drive, share it.
 */
final class PluginHolds {

    /** Why a plugin could not start, by symbolic name; cleared when it starts. */
    private final Map<String, String> problems = new ConcurrentHashMap<>();
    /** Plugins the circuit breaker stopped: not started again until their file changes or IT starts them. */
    private final Set<String> heldByBreaker = ConcurrentHashMap.newKeySet();

    void holdForBreaker(String symbolicName) {
        heldByBreaker.add(symbolicName);
    }

    void release(String symbolicName) {
        heldByBreaker.remove(symbolicName);
    }

    boolean isHeldByBreaker(String symbolicName) {
        return heldByBreaker.contains(symbolicName);
    }

    /**
     * Keeps why a plugin's start failed.
     *
     * @return whether the reason differs from the one kept before, i.e. whether it is news worth a log line
     */
    boolean startFailed(String symbolicName, String reason) {
        String before = problems.put(symbolicName, String.valueOf(reason));
        return !String.valueOf(reason).equals(before);
    }

    void started(String symbolicName) {
        problems.remove(symbolicName);
    }

    /** Forgets the problems of plugins no longer installed. */
    void keepProblemsOf(Collection<String> installed) {
        problems.keySet().removeIf(name -> !installed.contains(name));
    }

    Map<String, String> problems() {
        return Map.copyOf(problems);
    }
}
