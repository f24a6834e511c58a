package org.servicehall.infrastructure.persistence.migration;

/** One table after the copy: rows and checksum on each side. */
public record TableCheck(String table, long derbyRows, long postgresqlRows, String derbyChecksum,
                         String postgresqlChecksum) {

    public boolean matches() {
        return derbyRows == postgresqlRows && derbyChecksum.equals(postgresqlChecksum);
    }
}
