package io.carepulse.models.linear;

/** A sparse feature vector of a linear model: indices ascending, each once. */
public record FeatureVector(int[] indices, double[] values) {}
