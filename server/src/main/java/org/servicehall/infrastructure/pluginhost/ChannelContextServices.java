package org.servicehall.infrastructure.pluginhost;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import org.servicehall.application.ChannelIntake;
import org.servicehall.application.ComplaintStatusLookup;
import org.servicehall.application.PublicCaseSearch;
import org.servicehall.domain.model.category.CategoryCatalog;

/** What a channel's context ({@link HostChannelContext}) needs from the application. */
record ChannelContextServices(ChannelIntake intake, ComplaintStatusLookup lookup, PublicCaseSearch search,
                              CategoryCatalog catalog, Clock clock, ZoneId zone,
                              Function<String, Optional<String>> config, ExecutorService hostThreads) {
}
