package org.servicehall.infrastructure.pluginhost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.servicehall.application.ChannelIntake;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.InvalidInputException;
import org.servicehall.application.PublicCaseSearch;
import org.servicehall.application.PublicStatus;
import org.servicehall.domain.model.category.Category;
import org.servicehall.domain.model.category.Field;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.plugin.api.category.FormField;
import org.servicehall.plugin.api.category.QuickPick;
import org.servicehall.plugin.api.channel.CaseQuery;
import org.servicehall.plugin.api.channel.CaseStatus;
import org.servicehall.plugin.api.channel.ChannelCategory;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.channel.InvalidRegistrationException;
import org.servicehall.plugin.api.channel.Registered;
import org.servicehall.plugin.api.channel.Registration;
import org.servicehall.plugin.api.common.LocalizedText;

/**
 * What one channel adapter gets for one call: the application's intake and lookups under the
 * adapter's id and channel code, its settings ({@code servicehall.channel.<id>.<key>}) and the
 * hall's clock. Plugin types in, domain types out, here and nowhere else.
 *
 * <p>Whatever touches the database runs on a managed thread of the host while the adapter's
 * thread waits, as the escalation rules' reads do: the guard interrupts an adapter's thread when
 * its call runs out of time, and an interrupt that reached a database call would close the
 * connection (Derby does) and make the pool drop its others, failing other requests too. Cut off,
 * the adapter stops waiting; the host's work ends on its own (a registration is then committed,
 * and the counterpart's retry finds it by its external id).
 */
final class HostChannelContext implements ChannelContext {

    private static final Map<String, String> FIELD_NAMES = Map.of(
            "categoryCode", "category", "complainantName", "contactName", "complainantPhone", "contactPhone");

    private static final String STATUS_LABELS = "org.servicehall.interfaces.messages.messages";

    private final String channelId;
    private final String channelCode;
    private final ChannelContextServices services;

    HostChannelContext(String channelId, String channelCode, ChannelContextServices services) {
        this.channelId = channelId;
        this.channelCode = channelCode;
        this.services = services;
    }

    @Override
    public String channelId() {
        return channelId;
    }

    @Override
    public Instant now() {
        return services.clock().instant();
    }

    @Override
    public ZoneId zone() {
        return services.zone();
    }

    @Override
    public Registered register(Registration r) {
        return onHostThread(() -> {
            try {
                ChannelIntake.ChannelReceipt receipt = services.intake().file(new ChannelIntake.ChannelFiling(channelId,
                        r.externalId(), channelCode, r.categoryCode(), r.description(), r.contactName().orElse(null),
                        r.contactPhone().orElse(null), r.contactEmail().orElse(null), r.extraFields()));
                return new Registered(receipt.trackingNumber().value(), receipt.duplicate(), receipt.queryCode());
            } catch (InvalidInputException e) {
                throw refused(e.violations());
            }
        });
    }

    @Override
    public boolean addNote(String trackingNumber, String text) {
        Optional<TrackingNumber> number = TrackingNumber.parse(trackingNumber);
        if (number.isEmpty()) {
            return false;
        }
        return onHostThread(() -> {
            try {
                return services.intake().addFollowUp(channelId, number.get(), text);
            } catch (InvalidInputException e) {
                throw refused(e.violations());
            }
        });
    }

    @Override
    public boolean addEvidence(String trackingNumber, String fileName, String contentType, byte[] content) {
        Optional<TrackingNumber> number = TrackingNumber.parse(trackingNumber);
        if (number.isEmpty()) {
            return false;
        }
        return onHostThread(() -> {
            try {
                return services.intake().addEvidence(channelId, number.get(), fileName, contentType, content);
            } catch (InvalidInputException e) {
                throw refused(e.violations());
            } catch (IOException e) {
                throw new UncheckedIOException("evidence could not be stored", e);
            }
        });
    }

    @Override
    public boolean fromComplainant(String trackingNumber, String contact) {
        return TrackingNumber.parse(trackingNumber)
                .map(n -> services.intake().fromComplainant(channelId, n, contact)).orElse(false);
    }

    @Override
    public boolean recordUndeliverable(String trackingNumber, String reason) {
        Optional<TrackingNumber> number = TrackingNumber.parse(trackingNumber);
        if (number.isEmpty()) {
            return false;
        }
        try {
            return services.intake().recordUndeliverable(channelId, number.get(), reason);
        } catch (InvalidInputException e) {
            throw refused(e.violations());
        }
    }

    @Override
    public Optional<String> filedDescription(String trackingNumber) {
        return TrackingNumber.parse(trackingNumber).flatMap(n -> services.intake().filedDescription(channelId, n));
    }

    @Override
    public Optional<CaseStatus> status(String trackingNumber) {
        Optional<TrackingNumber> number = TrackingNumber.parse(trackingNumber);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        return onHostThread(() -> services.lookup().find(number.get()).map(HostChannelContext::status));
    }

    @Override
    public List<CaseStatus> cases(CaseQuery q) {
        return onHostThread(() -> services.search().search(new PublicCaseSearch.Query(q.trackingNumbers(), q.categoryCodes(),
                        q.receivedFrom().orElse(null), q.receivedTo().orElse(null), q.finished().orElse(null), q.limit()))
                .stream().map(HostChannelContext::status).toList());
    }

    /**
     * Runs host work on a managed thread and waits for it, as long as it takes: the adapter's own
     * time limit ends the wait (by an interrupt of this thread, which the host's work never sees).
     */
    private <T> T onHostThread(Supplier<T> work) {
        Future<T> done = services.hostThreads().submit(work::get);
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the channel's call ran out of time; the host finishes its part on its own");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public List<ChannelCategory> categories() {
        return services.catalog().all().stream().map(HostChannelContext::category).toList();
    }

    private static ChannelCategory category(Category c) {
        LocalizedText explanation = c.explanationZh() == null ? null : LocalizedText.of(c.explanationZh(), c.explanationEn());
        return new ChannelCategory(c.code(), LocalizedText.of(c.labelZh(), c.labelEn()), explanation,
                c.fields().stream().map(HostChannelContext::field).toList());
    }

    /** The host's copy of a field, back in the plugin API's words (it came from a category plugin's FormField). */
    private static FormField field(Field f) {
        LocalizedText label = LocalizedText.of(f.labelZh(), f.labelEn());
        return switch (f.type()) {
            case TEXT -> FormField.text(f.code(), label, f.required(), f.maxLength());
            case NUMBER -> FormField.number(f.code(), label, f.required(), f.min(), f.max());
            case DATE -> FormField.date(f.code(), label, f.required());
            case CHOICE -> FormField.choice(f.code(), label, f.required(), f.choices().stream()
                    .map(p -> QuickPick.of(p.code(), LocalizedText.of(p.labelZh(), p.labelEn()))).toList());
        };
    }

    @Override
    public Optional<String> setting(String key) {
        return onHostThread(() -> services.config().apply("servicehall.channel." + channelId + "." + key));
    }

    private static CaseStatus status(PublicStatus s) {
        Instant updated = s.steps().isEmpty() ? s.receivedAt() : s.steps().get(s.steps().size() - 1).at();
        String state = s.status().name();
        return new CaseStatus(s.trackingNumber().value(), state,
                LocalizedText.of(statusLabel(Locale.SIMPLIFIED_CHINESE, state), statusLabel(Locale.ENGLISH, state)),
                s.channel(), s.category().code(), LocalizedText.of(s.category().labelZh(), s.category().labelEn()),
                s.receivedAt(), updated, !s.status().isOpen());
    }

    /** The state's public label, as the REST API words it. */
    private static String statusLabel(Locale locale, String state) {
        try {
            return ResourceBundle.getBundle(STATUS_LABELS, locale).getString("complaint.status." + state);
        } catch (MissingResourceException e) {
            return state;
        }
    }

    private static InvalidRegistrationException refused(List<FieldViolation> violations) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (FieldViolation v : violations) {
            String field = v.field().startsWith("answers.") ? "extraFields." + v.field().substring("answers.".length()) : v.field();
            problems.putIfAbsent(FIELD_NAMES.getOrDefault(field, field), v.code());
        }
        return new InvalidRegistrationException(problems);
    }
}
