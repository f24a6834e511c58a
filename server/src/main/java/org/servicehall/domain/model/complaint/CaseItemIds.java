package org.servicehall.domain.model.complaint;

/** The one sequence that numbers the items a case file collects (notes, evidence, measures, ...). */
final class CaseItemIds {

    static final String GENERATOR = "caseItemIds";
    static final String SEQUENCE = "CASE_ITEM_SEQ";

    private CaseItemIds() {
    }
}
