package org.servicehall.infrastructure.persistence.migration;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * Proves a copied table: its row count and an order-independent checksum, computed on both sides
 * from the values as PostgreSQL keeps them.
 */
final class TableChecksums {

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    private final Connection derby;
    private final Connection postgresql;
    private final Consumer<String> progress;

    TableChecksums(Connection derby, Connection postgresql, Consumer<String> progress) {
        this.derby = derby;
        this.postgresql = postgresql;
        this.progress = progress;
    }

    TableCheck check(String table) throws SQLException {
        List<String> columns = Sql.columns(postgresql, table).stream().sorted().toList();
        String select = "SELECT " + String.join(", ", columns) + " FROM " + table;
        long[] derbyRows = new long[1];
        long[] postgresqlRows = new long[1];
        String derbySum = checksum(derby, select, derbyRows);
        String postgresqlSum = checksum(postgresql, select, postgresqlRows);
        TableCheck check = new TableCheck(table, derbyRows[0], postgresqlRows[0], derbySum, postgresqlSum);
        progress.accept(String.format("%-24s %10d rows  %s  %s", table, check.postgresqlRows(),
                check.postgresqlChecksum().substring(0, 16), check.matches() ? "OK" : "DIFFERS (Derby: "
                        + check.derbyRows() + " rows, " + check.derbyChecksum().substring(0, 16) + ")"));
        return check;
    }

    /** The sum of every row's SHA-256 modulo 2^256: independent of row order (and of collation). */
    private static String checksum(Connection connection, String select, long[] rows) throws SQLException {
        BigInteger sum = BigInteger.ZERO;
        MessageDigest digest = Sha256.digest();
        try (Statement sql = connection.createStatement()) {
            sql.setFetchSize(TableCopy.BATCH);
            try (ResultSet result = sql.executeQuery(select)) {
                int columns = result.getMetaData().getColumnCount();
                StringBuilder row = new StringBuilder(512);
                while (result.next()) {
                    row.setLength(0);
                    for (int i = 1; i <= columns; i++) {
                        row.append(canonical(PostgresqlValues.of(result.getObject(i)))).append('\u0001');
                    }
                    sum = sum.add(new BigInteger(1, digest.digest(row.toString().getBytes(StandardCharsets.UTF_8))));
                    rows[0]++;
                }
            }
        }
        return String.format("%064x", sum.mod(MODULUS));
    }

    private static String canonical(Object value) {
        if (value == null) {
            return "\u0000";
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toString();
        }
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value.toString();
    }
}
