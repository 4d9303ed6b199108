package io.carepulse.models.sentiment;

/**
 * What kind of text it is, which changes what its words mean for sentiment: general social
 * posts (learned from tweets), product reviews (Amazon review snippets), edited prose (film
 * review snippets) and healthcare posts and reviews (CarePulse's own training sets). The model
 * weighs each kind's own word weights by how much a text looks like it.
 */
public enum TextStyle {
    SOCIAL,
    REVIEW,
    PROSE,
    HEALTHCARE
}
