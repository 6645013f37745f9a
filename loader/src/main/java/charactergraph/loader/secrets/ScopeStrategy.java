package charactergraph.loader.secrets;

import java.util.List;

/**
 * One way of telling which secrets a disclosure is about ("the latest secret the teller keeps", "the secrets stated
 * in the next sentences"). Strategies are small named classes; {@code rules/secrets/scope.rules} says in which order
 * they are tried and when each applies.
 */
interface ScopeStrategy {
    String name();

    /** The secrets the disclosure is about by this strategy; empty when it finds none. */
    List<Draft> scope(SecretContext c, Ledger ledger, DisclosureReading d);
}
