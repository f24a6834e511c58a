package org.servicehall.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rate limits of the anonymous entry points other than the public website (whose limits are its
 * channel's settings, see {@link PublicSiteFilter}): filing and status lookups over the REST API per
 * client address, filing at a kiosk per terminal (and, because a kiosk's terminal id is only what its
 * browser claims, per address too), and query-code lookups at the kiosk and its status page per
 * address. Settings are read at start-up ({@code servicehall.limits.*}).
 *
 * <p>Addresses listed in {@code servicehall.limits.unlimited} are never limited per address (a
 * hall's own systems; never the address of a reverse proxy); a kiosk's terminal is limited
 * wherever it is.
 */
@ApplicationScoped
public class AnonymousLimits {

    /** What is limited, per what, and over which period. */
    public enum Limit {
        /** A filing through {@code POST /api/v1/complaints}, per client address. */
        API_FILING(Duration.ofHours(1)),
        /** A status lookup through {@code GET /api/v1/complaints/{n}}, per client address. */
        API_LOOKUP(Duration.ofMinutes(1)),
        /** A filing at a kiosk, per terminal id. */
        KIOSK_FILING(Duration.ofHours(1)),
        /** A filing at a kiosk, per client address, whatever terminal it claims. */
        KIOSK_FILING_ADDRESS(Duration.ofHours(1)),
        /** A query-code lookup, rating or appeal at a kiosk or on its status page, per client address. */
        KIOSK_LOOKUP(Duration.ofMinutes(1));

        private final Duration period;

        Limit(Duration period) {
            this.period = period;
        }
    }

    @Inject
    @ConfigProperty(name = "servicehall.limits.api.filings.per.hour", defaultValue = "10")
    int apiFilingsPerHour;

    @Inject
    @ConfigProperty(name = "servicehall.limits.api.lookups.per.minute", defaultValue = "20")
    int apiLookupsPerMinute;

    @Inject
    @ConfigProperty(name = "servicehall.limits.kiosk.filings.per.hour", defaultValue = "60")
    int kioskFilingsPerHour;

    @Inject
    @ConfigProperty(name = "servicehall.limits.kiosk.address.filings.per.hour", defaultValue = "300")
    int kioskAddressFilingsPerHour;

    @Inject
    @ConfigProperty(name = "servicehall.limits.kiosk.lookups.per.minute", defaultValue = "30")
    int kioskLookupsPerMinute;

    @Inject
    @ConfigProperty(name = "servicehall.limits.clients.max", defaultValue = "10000")
    int maxClients;

    @Inject
    @ConfigProperty(name = "servicehall.limits.forwarded.trusted", defaultValue = "false")
    boolean forwardedTrusted;

    @Inject
    @ConfigProperty(name = "servicehall.limits.unlimited", defaultValue = " ")
    String unlimitedAddresses;

    private final Map<Limit, RateLimiter> limiters = new EnumMap<>(Limit.class);
    private Set<String> unlimited = Set.of();

    @PostConstruct
    void init() {
        limiters.put(Limit.API_FILING, limiter(Limit.API_FILING, apiFilingsPerHour));
        limiters.put(Limit.API_LOOKUP, limiter(Limit.API_LOOKUP, apiLookupsPerMinute));
        limiters.put(Limit.KIOSK_FILING, limiter(Limit.KIOSK_FILING, kioskFilingsPerHour));
        limiters.put(Limit.KIOSK_FILING_ADDRESS, limiter(Limit.KIOSK_FILING_ADDRESS, kioskAddressFilingsPerHour));
        limiters.put(Limit.KIOSK_LOOKUP, limiter(Limit.KIOSK_LOOKUP, kioskLookupsPerMinute));
        unlimited = Arrays.stream(unlimitedAddresses.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private RateLimiter limiter(Limit limit, int perPeriod) {
        return new RateLimiter(Math.max(1, perPeriod), limit.period, Math.max(1, maxClients), Clock.systemUTC());
    }

    /** The client's address as the limits see it (see {@link ClientAddress}). */
    public String client(HttpServletRequest request) {
        return ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), forwardedTrusted);
    }

    /** Whether no per-address limit applies to this address. */
    public boolean unlimited(String address) {
        return unlimited.contains(address);
    }

    /**
     * Takes one request from the key's allowance.
     *
     * @param key the client address for per-address limits (an unlimited one always passes), the
     *            terminal id for {@link Limit#KIOSK_FILING}
     */
    public RateLimiter.Decision acquire(Limit limit, String key) {
        if (limit != Limit.KIOSK_FILING && unlimited(key)) {
            return RateLimiter.Decision.ALLOWED;
        }
        return limiters.get(limit).acquire(key);
    }
}
