package io.carepulse.models.misinformation;

/** Scores how likely a text spreads health misinformation. Thread-safe. */
public interface MisinformationScorer {

    MisinformationRisk score(String text);
}
