package io.carepulse.models.mention;

/** The outcome of reading one input record: a mention, or the reason it was rejected. */
public sealed interface ParseResult {

    record Parsed(Mention mention) implements ParseResult {}

    record Rejected(String reason) implements ParseResult {}
}
