package org.servicehall.plugins.channel.open311;

import static org.servicehall.plugins.channel.open311.Arguments.argument;
import static org.servicehall.plugins.channel.open311.Arguments.date;
import static org.servicehall.plugins.channel.open311.Arguments.list;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.servicehall.plugin.api.channel.CaseQuery;
import org.servicehall.plugin.api.channel.CaseStatus;
import org.servicehall.plugin.api.channel.ChannelContext;

/** GET requests: by service_request_id, or by date range, service code and status (at most 90 days). */
final class RequestSearch {

    private static final Duration MAX_SPAN = Duration.ofDays(90);

    private RequestSearch() {
    }

    static Document.Items find(Map<String, List<String>> arguments, ChannelContext context, boolean english)
            throws Refused {
        Optional<String> ids = argument(arguments, "service_request_id");
        CaseQuery.Builder query = CaseQuery.builder().limit(CaseQuery.MAX_LIMIT);
        if (ids.isPresent()) {
            // "This overrides all other arguments."
            query.trackingNumbers(list(ids.get()));
        } else {
            Optional<Instant> start = date(arguments, "start_date");
            Optional<Instant> end = date(arguments, "end_date");
            Instant to = end.orElseGet(() -> start.map(s -> s.plus(MAX_SPAN)).orElse(context.now()));
            Instant from = start.orElse(to.minus(MAX_SPAN));
            if (from.isAfter(to)) {
                throw new Refused(400, "start_date is after end_date");
            }
            if (Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
                throw new Refused(400, "start_date and end_date may not span more than 90 days");
            }
            query.receivedBetween(from, to);
            argument(arguments, "service_code").ifPresent(codes -> query.categoryCodes(list(codes)));
            Optional<String> status = argument(arguments, "status");
            if (status.isPresent()) {
                Set<String> statuses = list(status.get());
                if (!Set.of("open", "closed").containsAll(statuses)) {
                    throw new Refused(400, "status must be open, closed or both, comma delimited");
                }
                query.finished(statuses.size() == 2 ? null : statuses.contains("closed"));
            }
        }
        List<Object> found = new ArrayList<>();
        for (CaseStatus status : context.cases(query.build())) {
            found.add(RequestView.of(status, context, english));
        }
        return new Document.Items("request", found);
    }
}
