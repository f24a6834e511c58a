package org.servicehall.infrastructure.persistence.migration;

/** Nothing was written: the target is not empty, the schemas differ, or evidence is missing. */
public final class MigrationRefusedException extends Exception {

    public MigrationRefusedException(String message) {
        super(message);
    }
}
