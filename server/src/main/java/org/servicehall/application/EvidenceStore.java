package org.servicehall.application;

import java.io.IOException;
import java.io.InputStream;
import org.servicehall.domain.model.complaint.Evidence;

/**
 * Where evidence files are kept: written once under a new key, never overwritten, with their
 * SHA-256 computed while they are written.
 */
public interface EvidenceStore {

    /**
     * Stores a file; refuses files larger than the limit or whose content does not match an
     * allowed type.
     *
     * @throws InvalidInputException {@code file:tooLarge}, {@code file:type}, {@code file:empty}
     */
    Evidence.StoredFile store(String fileName, String declaredType, InputStream content) throws IOException;

    InputStream open(String storageKey) throws IOException;

    /** Removes a stored file that no complaint took after all (its step was refused); a missing one is no error. */
    void discard(String storageKey) throws IOException;
}
