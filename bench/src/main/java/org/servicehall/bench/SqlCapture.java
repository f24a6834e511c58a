package org.servicehall.bench;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * An EclipseLink log that records the SQL statements sent while capturing is switched on, to show
 * what the server's queries become; otherwise it only prints warnings and errors. It says "no"
 * to SQL logging while not capturing, so it costs nothing in the timed runs.
 */
public class SqlCapture extends AbstractSessionLog {

    private static volatile boolean capturing;
    private static final List<String> STATEMENTS = new ArrayList<>();

    public static synchronized void start() {
        STATEMENTS.clear();
        capturing = true;
    }

    public static synchronized List<String> stop() {
        capturing = false;
        return new ArrayList<>(STATEMENTS);
    }

    @Override
    public boolean shouldLog(int level, String category) {
        if (SessionLog.SQL.equals(category)) {
            return capturing;
        }
        return level >= SessionLog.WARNING;
    }

    @Override
    public boolean shouldLog(int level) {
        return capturing || level >= SessionLog.WARNING;
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (SessionLog.SQL.equals(entry.getNameSpace())) {
            if (capturing) {
                synchronized (SqlCapture.class) {
                    STATEMENTS.add(entry.getMessage());
                }
            }
            return;
        }
        if (entry.getLevel() >= SessionLog.WARNING && !formatMessage(entry).contains("Reverting the lazy setting")) {
            // (the lazy to-one mappings turn eager without weaving; the measured queries read no entities)
            System.err.println("[EclipseLink " + (entry.getLevel() >= SessionLog.SEVERE ? "SEVERE" : "WARNING") + "] " + formatMessage(entry)
                    + (entry.hasException() ? " " + entry.getException() : ""));
        }
    }
}
