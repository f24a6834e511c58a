package org.servicehall.plugins.notify.sms;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps submissions to the agreed rate: one at a time, each started at least 1/rate seconds after
 * the previous one was answered. Pacing from the answer rather than from the previous start costs a
 * little speed but means that however the network bunches requests on the way, the gateway never
 * sees two closer than the rate allows, so it never answers "throttled" (a hall sends dozens of
 * messages an hour, not thousands).
 */
final class Throttle {

    /** A submission to the gateway. */
    @FunctionalInterface
    interface Submission<T, E extends Exception> {
        T submit() throws E, InterruptedException;
    }

    private final ReentrantLock lock = new ReentrantLock(true);
    private long lastAnswered = System.nanoTime() - TimeUnit.SECONDS.toNanos(1);

    /** Waits for the next slot at this rate (per second, at least 1), then submits. */
    <T, E extends Exception> T pace(int perSecond, Submission<T, E> submission) throws E, InterruptedException {
        long interval = TimeUnit.SECONDS.toNanos(1) / Math.max(1, perSecond);
        lock.lockInterruptibly();
        try {
            long wait = lastAnswered + interval - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            try {
                return submission.submit();
            } finally {
                lastAnswered = System.nanoTime();
            }
        } finally {
            lock.unlock();
        }
    }
}
