package charactergraph.model;

/** How a character came to know a secret. */
public enum KnowledgeSource {
    /** They did the thing the secret is about, or helped. */
    TOOK_PART,
    /** They are the one who confessed or admitted it. */
    CONFESSED,
    /** Someone told them, revealed it to them, or they were there when it was confessed. */
    TOLD,
    /** They found it out (discovered, learned, realized, noticed). */
    DISCOVERED,
    /** They worked it out from clues (pieced together, deduced). */
    DEDUCED
}
