package org.servicehall.bench.queries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Derby's query plan log ({@code derby.language.logQueryPlan}) summed up for {@code queues.sh --plans}. */
final class DerbyPlanLog {

    private static final Pattern INDEX = Pattern.compile("using (index|constraint) (\\w+)");
    private static final Pattern ROWS_SEEN = Pattern.compile("Rows seen = (\\d+)");

    private DerbyPlanLog() {
    }

    /** One line per statement logged since {@code from}: its access paths, whether it sorted, rows read. */
    static String summary(Path log, long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        String text = new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
        StringBuilder summary = new StringBuilder();
        // each statement: "... (SESSIONID = n), <its SQL> ******* <the plan>"
        for (String statement : text.split("\\(SESSIONID = \\d+\\), ")) {
            int end = statement.indexOf(" ******* ");
            if (end < 0) {
                continue;
            }
            String sql = statement.substring(0, end).strip();
            Set<String> paths = new LinkedHashSet<>();
            Matcher m = INDEX.matcher(statement);
            while (m.find()) {
                paths.add(m.group(2));
            }
            if (statement.contains("Table Scan ResultSet")) {
                paths.add("TABLE SCAN");
            }
            long rows = 0;
            Matcher r = ROWS_SEEN.matcher(statement);
            while (r.find()) {
                rows = Math.max(rows, Long.parseLong(r.group(1)));
            }
            summary.append(String.format("      %-5s %s; %s; most rows seen by one step %d%n",
                    sql.startsWith("SELECT COUNT") ? "count" : sql.contains("OFFSET") && !sql.contains("ORDER BY") ? "cap" : "page",
                    String.join(" + ", paths), statement.contains("Sort ResultSet") ? "SORT" : "no sort", rows));
        }
        return summary.toString();
    }
}
