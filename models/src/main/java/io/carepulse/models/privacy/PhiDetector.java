package io.carepulse.models.privacy;

import java.util.List;

/** Finds protected health information in a text. Thread-safe. */
public interface PhiDetector {

    /** The findings, sorted by start, not overlapping. */
    List<PhiFinding> detect(String text);
}
