package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.application.ComplaintFiled;
import org.servicehall.application.ComplaintIntake;
import org.servicehall.application.FilingReceipt;
import org.servicehall.application.UncheckedFiling;
import org.servicehall.domain.model.category.CategoryCatalog;
import org.servicehall.domain.model.complaint.Complaint;

/**
 * Files complaints. Input is checked before any transaction starts; a repeated submission (same
 * idempotency key), even one racing the first, ends with the first complaint's receipt.
 */
@ApplicationScoped
public class DefaultComplaintIntake implements ComplaintIntake {

    private static final Logger LOG = Logger.getLogger(DefaultComplaintIntake.class.getName());

    @Inject
    CategoryCatalog catalog;

    @Inject
    ComplaintFiling filing;

    @Inject
    Event<ComplaintFiled> filed;

    @Override
    public FilingReceipt file(UncheckedFiling command) {
        CheckedFiling valid = FilingValidator.validate(command, catalog, filing.today());
        String key = valid.idempotencyKey();
        if (key != null) {
            Optional<Complaint> earlier = filing.findByIdempotencyKey(key);
            if (earlier.isPresent()) {
                return ComplaintFiling.receiptOf(earlier.get(), true);
            }
        }
        FilingReceipt receipt;
        try {
            receipt = filing.file(valid);
        } catch (RuntimeException e) {
            // A concurrent submission with the same key won the unique constraint: report its receipt.
            if (key != null) {
                Optional<Complaint> winner = filing.findByIdempotencyKey(key);
                if (winner.isPresent()) {
                    LOG.log(Level.FINE, "repeated submission resolved to {0}", winner.get().trackingNumber());
                    return ComplaintFiling.receiptOf(winner.get(), true);
                }
            }
            throw e;
        }
        filed.fire(new ComplaintFiled(receipt.trackingNumber().value(), command.channel()));
        return receipt;
    }
}
