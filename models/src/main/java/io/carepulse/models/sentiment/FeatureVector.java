package io.carepulse.models.sentiment;

/** A sparse vector of sentiment features: indices ascending, each once. */
public record FeatureVector(int[] indices, double[] values) {}
