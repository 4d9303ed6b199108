package io.carepulse.jobs.ingest;

import java.io.Serializable;

/**
 * One input record before validation, with where it came from ({@code file:/in.jsonl:17},
 * {@code kafka:mentions/2@1042}) so a dead letter can point back to it.
 */
public record RawRecord(String origin, String line) implements Serializable {}
