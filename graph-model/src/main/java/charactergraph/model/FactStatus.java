package charactergraph.model;

/** How firmly the text supports a fact. */
public enum FactStatus {
    /** The text says it outright. */
    STATED,
    /** It follows from what the text says (a secret parent implies a hidden parentage secret). */
    IMPLIED,
    /** Somebody claims it, or the text hedges ("allegedly", "claimed", "believed"). */
    ALLEGED
}
