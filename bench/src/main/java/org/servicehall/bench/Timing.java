package org.servicehall.bench;

import java.util.Arrays;

/** Wall-clock times of repeated runs, in milliseconds. */
public final class Timing {

    private double[] millis = new double[64];
    private int count;

    public void add(long nanos) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = nanos / 1e6;
    }

    public int count() {
        return count;
    }

    public double median() {
        double[] sorted = sorted();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Nearest rank. */
    public double p95() {
        double[] sorted = sorted();
        return sorted[Math.max(0, (int) Math.ceil(0.95 * sorted.length) - 1)];
    }

    private double[] sorted() {
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        return sorted;
    }
}
