package org.servicehall.bench;

/** The complainants' phone numbers: a pool of distinct numbers, a few of them landlines. */
public final class Phones {

    private static final String[] MOBILE_PREFIXES = {"138", "139", "135", "136", "137", "150", "151", "152", "158", "159", "186",
            "187", "188", "130", "131", "132", "155", "156", "133", "153", "180", "189", "177", "199"};
    static final int FREQUENT_PHONES = 300;

    /** Phone number {@code n} of a pool; distinct n give distinct numbers; a few are landlines. */
    public static String phone(long n) {
        if (n % 20 == 7) {
            return String.format("0571-8%07d", (n / 20 * 7_919L) % 10_000_000L);
        }
        return MOBILE_PREFIXES[(int) (n % MOBILE_PREFIXES.length)]
                + String.format("%08d", (n / MOBILE_PREFIXES.length * 48_271L) % 100_000_000L);
    }

    private Phones() {
    }
}
