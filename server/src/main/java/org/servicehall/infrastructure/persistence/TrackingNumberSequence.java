package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.LocalDate;
import java.util.TreeMap;

/**
 * The running numbers of each day, handed out from this server's memory. The server reserves a
 * block of {@value #BLOCK_SIZE} numbers of the day in the database ({@link DayNumberReservations}: one
 * short transaction of its own) when it has used up its block of that day, and hands them out one
 * by one, so a filing's own transaction never writes the day's counter row and filings on several
 * servers sharing one database never wait for each other's numbers. Numbers are unique across the
 * servers: each reservation takes numbers no other reservation has.
 *
 * <p>What this costs: the numbers of one day are not gapless. The unused rest of a block is lost
 * when the server stops (at most {@value #BLOCK_SIZE} − 1 numbers per server and restart), a filing
 * that fails after taking its number leaves that number unused, and with several servers the
 * numbers follow the order of filing on each server, not across them (server A files 1–50 while
 * server B files 51–100). On one server, a later filing always gets a higher number of its day.
 */
@ApplicationScoped
public class TrackingNumberSequence {

    /** Numbers reserved at once: a reservation per 50 filings, and a gap of at most 49 at a restart. */
    public static final int BLOCK_SIZE = 50;
    /** The highest running number a day has (six digits). */
    static final long MAX = 999_999;
    private static final int RESERVATION_ATTEMPTS = 3;
    /** Blocks kept: today's, and yesterday's for a filing that started just before midnight. */
    private static final int DAYS_KEPT = 3;

    private final TreeMap<LocalDate, Block> blocks = new TreeMap<>();
    private DayNumberReservations reservations;
    private int blockSize;

    /** For the container. */
    protected TrackingNumberSequence() {
    }

    @Inject
    TrackingNumberSequence(DayNumberReservations reservations) {
        this(reservations, BLOCK_SIZE);
    }

    /**
     * A sequence of its own on the shared database: what another server holds. Tests use it to
     * draw numbers as several servers would.
     */
    public TrackingNumberSequence(DayNumberReservations reservations, int blockSize) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("block size " + blockSize);
        }
        this.reservations = reservations;
        this.blockSize = blockSize;
    }

    /**
     * The next number of the day (the first of a day is 1 unless another server reserved before).
     * Waits only while this server reserves a new block.
     */
    public synchronized long next(LocalDate day) {
        Block block = blocks.get(day);
        if (block == null || block.next > block.last) {
            block = reserve(day);
            blocks.put(day, block);
            while (blocks.size() > DAYS_KEPT) {
                blocks.remove(blocks.firstKey());
            }
        }
        return block.next++;
    }

    private Block reserve(LocalDate day) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= RESERVATION_ATTEMPTS; attempt++) {
            try {
                long end = reservations.reserve(day, blockSize);
                long first = end - blockSize + 1;
                if (first > MAX) {
                    throw new IllegalStateException("no running numbers left for " + day);
                }
                return new Block(first, Math.min(end, MAX));
            } catch (PersistenceException | TransactionalException e) {
                // Another server created the day's row at the same moment; the next attempt updates it.
                last = e;
            }
        }
        throw last;
    }

    /** The numbers of a block not handed out yet: next .. last. */
    private static final class Block {
        long next;
        final long last;

        Block(long next, long last) {
            this.next = next;
            this.last = last;
        }
    }
}
