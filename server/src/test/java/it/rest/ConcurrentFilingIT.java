package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Api.Reply;
import it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many clients filing over REST at the same moment, as a busy hall's kiosks, website and channels
 * do: more filings than one block of numbers the server reserves at a time, so blocks run out
 * while others file.
 */
class ConcurrentFilingIT {

    private static final int CLIENTS = 16;
    private static final int FILINGS_EACH = 15;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    /** What one filing's receipt said, in the order its client filed. */
    private record Receipt(String number, String queryCode, Instant receivedAt) {
    }

    @Test
    void sixteen_clients_filing_at_once_get_numbers_of_their_own_readable_and_in_order_of_their_day() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Receipt>>> clients = new ArrayList<>();
        try {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                Callable<List<Receipt>> filing = () -> {
                    start.await();
                    List<Receipt> receipts = new ArrayList<>();
                    for (int i = 0; i < FILINGS_EACH; i++) {
                        receipts.add(file(client, i));
                    }
                    return receipts;
                };
                clients.add(pool.submit(filing));
            }
            start.countDown();

            Set<String> numbers = new HashSet<>();
            List<Receipt> all = new ArrayList<>();
            for (Future<List<Receipt>> client : clients) {
                List<Receipt> receipts = client.get(5, TimeUnit.MINUTES);
                for (int i = 0; i < receipts.size(); i++) {
                    Receipt receipt = receipts.get(i);
                    assertTrue(receipt.number().matches("TS-\\d{8}-\\d{5,6}"), receipt.number());
                    assertEquals(DAY.format(LocalDate.ofInstant(receipt.receivedAt(), TestServer.HALL_ZONE)),
                            receipt.number().substring(3, 11), "the number names the hall's day of receipt: " + receipt);
                    if (i > 0 && day(receipts.get(i - 1)).equals(day(receipt))) {
                        assertTrue(running(receipt) > running(receipts.get(i - 1)),
                                "a client's later filing got a lower number of the same day: " + receipts);
                    }
                    numbers.add(receipt.number());
                    all.add(receipt);
                }
            }
            assertEquals(CLIENTS * FILINGS_EACH, numbers.size(), "a tracking number was handed out twice");

            // every filing answered 201 is stored: its complainant finds it with the receipt's code
            for (Receipt receipt : all) {
                Reply status = Api.status(receipt.number(), receipt.queryCode());
                assertEquals(200, status.status(), receipt + ": " + status.body());
                assertEquals(receipt.number(), status.json().getString("trackingNumber"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Receipt file(int client, int filing) {
        Reply reply = Api.postJson("/api/v1/complaints", Json.createObjectBuilder()
                .add("categoryCode", "SERVICE_ATTITUDE")
                .add("description", "排队时工作人员态度生硬（并发提交 " + client + "-" + filing + "）")
                .add("complainantPhone", String.format("1391%03d%04d", client, filing))
                .build().toString());
        assertEquals(201, reply.status(), reply.body());
        JsonObject body = reply.json();
        return new Receipt(body.getString("trackingNumber"), body.getString("queryCode"),
                Instant.parse(body.getString("receivedAt")));
    }

    private static String day(Receipt receipt) {
        return receipt.number().substring(3, 11);
    }

    private static long running(Receipt receipt) {
        return Long.parseLong(receipt.number().substring(12));
    }
}
