package charactergraph.model;

/** What sort of fact was concealed. */
public enum SecretKind {
    HIDDEN_PARENTAGE,
    BABY_SWAP,
    FALSE_IDENTITY,
    HIDDEN_KILLING,
    HIDDEN_CRIME,
    COVER_UP,
    /** A love, an affair or a marriage kept from someone. */
    HIDDEN_RELATIONSHIP,
    /** A plot or scheme against someone, kept from them. */
    HIDDEN_PLAN,
    OTHER
}
