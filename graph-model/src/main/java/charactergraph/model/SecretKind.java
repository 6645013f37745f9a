package charactergraph.model;

/** What sort of fact was concealed. */
public enum SecretKind {
    HIDDEN_PARENTAGE,
    BABY_SWAP,
    FALSE_IDENTITY,
    HIDDEN_KILLING,
    HIDDEN_CRIME,
    COVER_UP,
    OTHER
}
