package charactergraph.model;

/** Grammatical gender as the text shows it (pronouns, kinship nouns); used to check pronoun resolution. */
public enum Gender {
    FEMALE, MALE, UNKNOWN
}
