package org.servicehall.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One row of the search index: a term found in a complaint's texts. Searching for words is a
 * lookup on this table's primary key, not a scan of the descriptions.
 */
@Entity
@Table(name = "COMPLAINT_TERM")
@IdClass(ComplaintTerm.Key.class)
@NamedQuery(name = "ComplaintTerm.termsOf", query = "SELECT t.term FROM ComplaintTerm t WHERE t.complaintId = :complaintId")
public class ComplaintTerm {

    @Id
    @Column(name = "TERM", length = 20)
    private String term;

    @Id
    @Column(name = "COMPLAINT_ID")
    private Long complaintId;

    protected ComplaintTerm() {
        // for JPA
    }

    ComplaintTerm(String term, Long complaintId) {
        this.term = term;
        this.complaintId = complaintId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String term;
        private Long complaintId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(term, key.term) && Objects.equals(complaintId, key.complaintId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(term, complaintId);
        }
    }
}
