package charactergraph.loader.secrets;

/** One way the article shows a secret: from the relations found, or from what a sentence says. */
interface SecretSource {
    /** Adds the drafts this source finds to the ledger. */
    void find(SecretContext c, Ledger ledger);
}
