package org.servicehall.bench.queries;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The query benchmark's command line. */
record QueryOptions(long complaints, boolean reuse, int threads, int warmup, int runs, double seconds, Path db, long seed,
                    String department, boolean tryFixes, boolean plans, Set<String> only, String postgresql,
                    String pgUser) {

    static QueryOptions parse(String[] args) {
        long n = 1_000_000;
        boolean reuse = false;
        int threads = 2;
        int warmup = 5;
        int runs = 30;
        double seconds = -1;
        Path db = Files.isDirectory(Path.of("bench")) ? Path.of("bench", "target", "bench-db") : Path.of("target", "bench-db");
        long seed = 20261128L;
        String department = "REAL_ESTATE";
        boolean tryFixes = false;
        boolean plans = false;
        Set<String> only = Set.of();
        String postgresql = null;
        String pgUser = "servicehall";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-n", "--complaints" -> n = Long.parseLong(args[++i].replace("_", ""));
                case "--reuse" -> reuse = true;
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--db" -> db = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--department" -> department = args[++i];
                case "--try-fixes" -> tryFixes = true;
                case "--plans" -> plans = true;
                case "--only" -> only = Set.of(args[++i].split(","));
                case "--postgresql" -> postgresql = args[++i];
                case "--pg-user" -> pgUser = args[++i];
                case "-h", "--help" -> {
                    System.out.println(QueryUsage.TEXT);
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (try --help)");
            }
        }
        if (seconds < 0) {
            seconds = n < 100_000 ? 0.3 : 1; // a quick check stays quick
        }
        if (n < 1000) {
            throw new IllegalArgumentException("-n must be at least 1000");
        }
        return new QueryOptions(n, reuse, threads, warmup, runs, seconds, db.toAbsolutePath().normalize(), seed, department,
                tryFixes, plans, only, postgresql, pgUser);
    }
}
