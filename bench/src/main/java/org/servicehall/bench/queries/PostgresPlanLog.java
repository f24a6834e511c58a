package org.servicehall.bench.queries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PostgreSQL's server log with auto_explain's plans, summed up for {@code queues.sh --postgresql --plans}. */
final class PostgresPlanLog {

    private static final Pattern PG_INDEX = Pattern.compile(
            "(Index Only Scan|Index Scan|Bitmap Index Scan)( Backward)? (?:using|on) (\\w+)");
    private static final Pattern PG_ROWS = Pattern.compile("actual time=[\\d.]+\\.\\.[\\d.]+ rows=(\\d+) loops=(\\d+)");

    private PostgresPlanLog() {
    }

    /** PostgreSQL: one line per statement auto_explain logged since {@code from}. */
    static String summary(Path log, long from) throws IOException, InterruptedException {
        Thread.sleep(200); // the server writes its log a moment later
        byte[] all = Files.readAllBytes(log);
        int start = (int) Math.min(from, all.length);
        String text = new String(all, start, all.length - start, StandardCharsets.UTF_8);
        StringBuilder summary = new StringBuilder();
        for (String entry : text.split("duration: ")) {
            if (!entry.contains("Query Text:")) {
                continue;
            }
            String sql = entry.substring(entry.indexOf("Query Text:") + 11).strip();
            Set<String> paths = new LinkedHashSet<>();
            Matcher m = PG_INDEX.matcher(entry);
            while (m.find()) {
                paths.add(m.group(1).replace(" Scan", "") + " " + m.group(3) + (m.group(2) != null ? " backward" : ""));
            }
            if (entry.contains("Seq Scan")) {
                paths.add("SEQ SCAN");
            }
            long rows = 0;
            Matcher r = PG_ROWS.matcher(entry);
            while (r.find()) {
                rows = Math.max(rows, Long.parseLong(r.group(1)) * Long.parseLong(r.group(2)));
            }
            summary.append(String.format("      %-5s %s; %s; most rows out of one node %d; %s ms%n",
                    sql.startsWith("SELECT COUNT") ? "count" : sql.contains("OFFSET") && !sql.contains("ORDER BY") ? "cap" : "page",
                    String.join(" + ", paths), entry.contains("Sort Key") ? "SORT" : "no sort", rows,
                    entry.substring(0, entry.indexOf(' '))));
        }
        return summary.toString();
    }
}
