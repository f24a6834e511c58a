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
import org.servicehall.application.ComplaintIntake;
import org.servicehall.application.ComplaintStatusLookup;
import org.servicehall.application.FileComplaint;
import org.servicehall.application.FilingReceipt;
import org.servicehall.application.InvalidInputException;
import org.servicehall.application.PublicStatus;
import org.servicehall.domain.model.category.CategoryCatalog;
import org.servicehall.domain.model.category.CategoryCatalogChanged;
import org.servicehall.domain.model.complaint.CategorySnapshot;
import org.servicehall.domain.model.complaint.Channel;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.ui.facade.KioskFacade;
import org.servicehall.ui.facade.dto.CategoryTile;
import org.servicehall.ui.facade.dto.FieldError;
import org.servicehall.ui.facade.dto.FilingForm;
import org.servicehall.ui.facade.dto.FilingResult;
import org.servicehall.ui.facade.dto.Label;
import org.servicehall.ui.facade.dto.ProgressView;
import org.servicehall.ui.facade.dto.Receipt;
import org.servicehall.ui.facade.event.CategoriesChanged;

/** The kiosk's view of the system. */
@ApplicationScoped
public class DefaultKioskFacade implements KioskFacade {

    @Inject
    CategoryCatalog catalog;

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintStatusLookup lookup;

    @Inject
    Clock clock;

    @Inject
    Event<CategoriesChanged> categoriesChanged;

    @Override
    public List<CategoryTile> categories(Locale locale) {
        return catalog.all().stream()
                .map(c -> new CategoryTile(c.code(), new Label(c.labelZh(), c.labelEn()), c.icon()))
                .toList();
    }

    @Override
    public FilingResult file(FilingForm form) {
        FileComplaint command = new FileComplaint(Channel.KIOSK.code(), form.categoryCode(), form.description(),
                null, form.anonymous() ? null : form.phone(), form.anonymous(), form.terminal(),
                form.idempotencyKey());
        try {
            FilingReceipt receipt = intake.file(command);
            return FilingResult.filed(new Receipt(receipt.trackingNumber().value(), receipt.status().name(),
                    label(receipt.category()), local(receipt.receivedAt())));
        } catch (InvalidInputException e) {
            return FilingResult.refused(e.violations().stream()
                    .map(v -> new FieldError(v.field(), v.code(), v.args()))
                    .toList());
        }
    }

    @Override
    public Optional<ProgressView> progress(String trackingNumber) {
        return TrackingNumber.parse(trackingNumber).flatMap(lookup::find).map(this::progressView);
    }

    private ProgressView progressView(PublicStatus status) {
        return new ProgressView(status.trackingNumber().value(), status.status().name(), label(status.category()),
                local(status.receivedAt()),
                status.steps().stream()
                        .map(s -> new ProgressView.Step(s.action().name(), s.status().name(), local(s.at())))
                        .toList());
    }

    /** Open kiosks refresh their category tiles when plugins come and go. */
    void onCatalogChange(@Observes CategoryCatalogChanged change) {
        categoriesChanged.fire(new CategoriesChanged());
    }

    private static Label label(CategorySnapshot category) {
        return new Label(category.labelZh(), category.labelEn());
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, clock.getZone());
    }
}
