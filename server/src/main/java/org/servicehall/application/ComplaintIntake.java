package org.servicehall.application;

/** Stage 1 of the process: complaints arriving through any channel are checked, numbered and stored. */
public interface ComplaintIntake {

    /**
     * Files a complaint. A submission that repeats an earlier one with the same idempotency key
     * returns the earlier receipt and files nothing.
     *
     * @throws InvalidInputException with every field that is missing or wrong
     */
    FilingReceipt file(UncheckedFiling command);
}
