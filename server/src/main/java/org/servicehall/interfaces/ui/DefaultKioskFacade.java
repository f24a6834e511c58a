package org.servicehall.interfaces.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.application.CaseNotFoundException;
import org.servicehall.application.CitizenProgress;
import org.servicehall.application.CitizenRating;
import org.servicehall.application.CitizenStatus;
import org.servicehall.application.ComplaintIntake;
import org.servicehall.application.FilingReceipt;
import org.servicehall.application.InvalidInputException;
import org.servicehall.application.NotificationConsent;
import org.servicehall.application.ProofLockedException;
import org.servicehall.application.PublicStatus;
import org.servicehall.application.UncheckedDetails;
import org.servicehall.application.UncheckedFiling;
import org.servicehall.domain.model.category.Category;
import org.servicehall.domain.model.category.CategoryCatalog;
import org.servicehall.domain.model.category.CategoryCatalogChanged;
import org.servicehall.domain.model.category.Field;
import org.servicehall.domain.model.complaint.CategorySnapshot;
import org.servicehall.domain.model.complaint.Channel;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.domain.shared.TransitionRefused;
import org.servicehall.ui.facade.KioskFacade;
import org.servicehall.ui.facade.dto.CategoryTile;
import org.servicehall.ui.facade.dto.Choice;
import org.servicehall.ui.facade.dto.CitizenAction;
import org.servicehall.ui.facade.dto.EnteredFiling;
import org.servicehall.ui.facade.dto.FieldError;
import org.servicehall.ui.facade.dto.FieldSpec;
import org.servicehall.ui.facade.dto.FilingResult;
import org.servicehall.ui.facade.dto.KioskSettings;
import org.servicehall.ui.facade.dto.Label;
import org.servicehall.ui.facade.dto.ProgressView;
import org.servicehall.ui.facade.dto.Receipt;
import org.servicehall.ui.facade.event.CategoriesChanged;

/** The kiosk's view of the system. */
@ApplicationScoped
public class DefaultKioskFacade implements KioskFacade {

    private static final Logger LOG = Logger.getLogger(DefaultKioskFacade.class.getName());

    @Inject
    CategoryCatalog catalog;

    @Inject
    ComplaintIntake intake;

    @Inject
    CitizenProgress progress;

    @Inject
    CitizenRating rating;

    @Inject
    Clock clock;

    @Inject
    Event<CategoriesChanged> categoriesChanged;


    @Inject
    @ConfigProperty(name = "servicehall.kiosk.idleSeconds", defaultValue = "60")
    int idleSeconds;

    @Inject
    @ConfigProperty(name = "servicehall.kiosk.countdownSeconds", defaultValue = "20")
    int countdownSeconds;

    @Inject
    @ConfigProperty(name = "servicehall.kiosk.receiptIdleSeconds", defaultValue = "120")
    int receiptIdleSeconds;

    @Inject
    @ConfigProperty(name = "servicehall.public.url")
    Optional<String> publicUrl;

    @Override
    public List<CategoryTile> categories(Locale locale) {
        return catalog.all().stream().map(DefaultKioskFacade::tile).toList();
    }

    /** The channels a citizen files through by these screens: the hall's kiosks and the public website or app. */
    static final Set<String> CITIZEN_CHANNELS =
            Set.of(Channel.KIOSK.code(), Channel.WEBSITE.code(), Channel.GOV_APP.code());

    @Override
    public FilingResult file(EnteredFiling entered) {
        String channel = entered.channel() == null ? Channel.KIOSK.code() : entered.channel();
        if (!CITIZEN_CHANNELS.contains(channel)) {
            // The screens name their channel themselves; anything else is a programming error, not the citizen's.
            return FilingResult.refused(List.of(new FieldError("channel", "unknown", List.of())));
        }
        UncheckedDetails details = new UncheckedDetails(entered.quickPicks(), entered.answers(), entered.windowNumber(),
                entered.staffNumber(), entered.incidentDay());
        UncheckedFiling command = new UncheckedFiling(channel, entered.categoryCode(), entered.description(),
                null, entered.anonymous() ? null : entered.phone(), entered.anonymous(), entered.terminal(),
                entered.idempotencyKey(), details,
                new NotificationConsent(entered.smsConsent() && !entered.anonymous(),
                        entered.anonymous() ? null : entered.email()));
        try {
            FilingReceipt receipt = intake.file(command);
            return FilingResult.filed(new Receipt(receipt.trackingNumber().value(), receipt.status().name(),
                    label(receipt.category()), local(receipt.receivedAt()),
                    receipt.queryCode() == null ? null : receipt.queryCode().value(), local(receipt.respondBy())));
        } catch (InvalidInputException e) {
            return FilingResult.refused(e.violations().stream()
                    .map(v -> new FieldError(v.field(), v.code(), v.args()))
                    .toList());
        }
    }

    @Override
    public Optional<String> trackingNumber(String typed) {
        return TrackingNumber.parse(typed).map(TrackingNumber::value);
    }

    @Override
    public CitizenAction progress(String trackingNumber, String queryCode) {
        try {
            return TrackingNumber.parse(trackingNumber).flatMap(number -> progress.find(number, queryCode))
                    .map(status -> CitizenAction.done(view(status))).orElse(CitizenAction.refused("notFound"));
        } catch (ProofLockedException e) {
            return CitizenAction.refused("locked");
        }
    }

    @Override
    public CitizenAction rate(String trackingNumber, String queryCode, String satisfaction, String reasons,
                              String terminal) {
        return act(trackingNumber, number -> rating.rate(number, queryCode, satisfaction, reasons, terminal));
    }

    @Override
    public CitizenAction appeal(String trackingNumber, String queryCode, String reason, String terminal) {
        return act(trackingNumber, number -> rating.appeal(number, queryCode, reason, terminal));
    }

    @Override
    public KioskSettings settings() {
        return new KioskSettings(idleSeconds, countdownSeconds, receiptIdleSeconds,
                publicUrl.filter(url -> !url.isBlank()).orElse(null), clock.getZone().getId());
    }

    private CitizenAction act(String trackingNumber, Function<TrackingNumber, CitizenStatus> action) {
        Optional<TrackingNumber> number = TrackingNumber.parse(trackingNumber);
        if (number.isEmpty()) {
            return CitizenAction.refused("notFound");
        }
        try {
            return CitizenAction.done(view(action.apply(number.get())));
        } catch (CaseNotFoundException e) {
            return CitizenAction.refused("notFound");
        } catch (ProofLockedException e) {
            return CitizenAction.refused("locked");
        } catch (TransitionRefused e) {
            LOG.log(Level.FINE, "citizen action refused: {0}", e.code());
            return CitizenAction.refused("notNow");
        } catch (InvalidInputException e) {
            return CitizenAction.refused("invalid");
        }
    }

    /** Open kiosks refresh their category tiles when plugins come and go. */
    void onCatalogChange(@Observes CategoryCatalogChanged change) {
        categoriesChanged.fire(new CategoriesChanged());
    }

    private ProgressView view(CitizenStatus status) {
        PublicStatus p = status.progress();
        return new ProgressView(p.trackingNumber().value(), p.status().name(), label(p.category()), local(p.receivedAt()),
                p.steps().stream()
                        .map(s -> new ProgressView.Step(s.action().name(), s.status().name(), local(s.at())))
                        .toList(),
                status.currentStage() == null ? null : status.currentStage().name(), local(status.currentDue()),
                status.rating() == null ? null : status.rating().name(), status.rateable(), status.appealable());
    }

    private static CategoryTile tile(Category c) {
        Label explanation = c.explanationZh() == null ? null : new Label(c.explanationZh(), c.explanationEn());
        return new CategoryTile(c.code(), new Label(c.labelZh(), c.labelEn()), c.icon(), explanation,
                c.quickPicks().stream().map(DefaultKioskFacade::choice).toList(),
                c.fields().stream().map(DefaultKioskFacade::field).toList());
    }

    private static FieldSpec field(Field f) {
        return new FieldSpec(f.code(), new Label(f.labelZh(), f.labelEn()), f.type().name(), f.required(), f.maxLength(),
                f.min(), f.max(), f.choices().stream().map(DefaultKioskFacade::choice).toList());
    }

    private static Choice choice(Category.QuickPick pick) {
        return new Choice(pick.code(), new Label(pick.labelZh(), pick.labelEn()));
    }

    private static Label label(CategorySnapshot category) {
        return new Label(category.labelZh(), category.labelEn());
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
    }
}
