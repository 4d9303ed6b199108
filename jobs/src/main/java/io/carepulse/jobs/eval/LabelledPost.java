package io.carepulse.jobs.eval;

/** A post labelled as misinformation ("fake") or not ("real"). */
public record LabelledPost(String id, String text, boolean fake) {}
