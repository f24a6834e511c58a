package org.servicehall.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
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

    private final Map<AnonymousLimit, RateLimiter> limiters = new EnumMap<>(AnonymousLimit.class);
    private Set<String> unlimited = Set.of();

    @PostConstruct
    void init() {
        limiters.put(AnonymousLimit.API_FILING, limiter(AnonymousLimit.API_FILING, apiFilingsPerHour));
        limiters.put(AnonymousLimit.API_LOOKUP, limiter(AnonymousLimit.API_LOOKUP, apiLookupsPerMinute));
        limiters.put(AnonymousLimit.KIOSK_FILING, limiter(AnonymousLimit.KIOSK_FILING, kioskFilingsPerHour));
        limiters.put(AnonymousLimit.KIOSK_FILING_ADDRESS, limiter(AnonymousLimit.KIOSK_FILING_ADDRESS, kioskAddressFilingsPerHour));
        limiters.put(AnonymousLimit.KIOSK_LOOKUP, limiter(AnonymousLimit.KIOSK_LOOKUP, kioskLookupsPerMinute));
        unlimited = Arrays.stream(unlimitedAddresses.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private RateLimiter limiter(AnonymousLimit limit, int perPeriod) {
        return new RateLimiter(Math.max(1, perPeriod), limit.period(), Math.max(1, maxClients), Clock.systemUTC());
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
     *            terminal id for {@link AnonymousLimit#KIOSK_FILING}
     */
    public LimitDecision acquire(AnonymousLimit limit, String key) {
        if (limit != AnonymousLimit.KIOSK_FILING && unlimited(key)) {
            return LimitDecision.ALLOWED;
        }
        return limiters.get(limit).acquire(key);
    }
}
