package charactergraph.loader.relate;

import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.ParsedArticle;
import charactergraph.loader.nlp.Sentence;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.resolve.Cast;
import charactergraph.loader.resolve.Mentions;
import charactergraph.model.Character;
import charactergraph.model.Evidence;
import charactergraph.model.FactStatus;
import charactergraph.model.Gender;

import java.util.List;

/**
 * One article as the relation stage reads it: the parse, the cast and its mentions, the facts read across the
 * article, and the relations found so far. A fresh one per article.
 */
final class Reading {
    final ParsedArticle article;
    final Cast cast;
    final Mentions mentions;
    final ArticleFacts facts = new ArticleFacts();
    final Findings findings = new Findings();

    Reading(ParsedArticle article, Cast cast) {
        this.article = article;
        this.cast = cast;
        this.mentions = new Mentions(cast);
    }

    List<Sentence> sentences() {
        return article.sentences();
    }

    int size() {
        return article.sentences().size();
    }

    DependencyGraph graph(int s) {
        return article.sentence(s).graph();
    }

    Gender gender(String id) {
        return cast.byId(id).map(Character::gender).orElse(Gender.UNKNOWN);
    }

    /** The character the token at this position names, unless it names an actor. */
    String characterAt(int sentence, int token) {
        Cast.TokenRef ref = new Cast.TokenRef(sentence, token);
        return cast.actors().contains(ref) ? null : cast.mentions().get(ref);
    }

    /** Whether a token position names an actor (never a party to a relation). */
    boolean actorAt(int sentence, int token) {
        return cast.actors().contains(new Cast.TokenRef(sentence, token));
    }

    /** Evidence quoting the whole sentence. */
    Evidence evidence(int s, String rule, double confidence, FactStatus status) {
        Sentence sent = article.sentence(s);
        List<Token> tokens = sent.tokens();
        int start = tokens.get(0).begin();
        int end = tokens.get(tokens.size() - 1).end();
        return new Evidence(article.documentId(), s, start, end, article.quote(start, end), rule, confidence, status);
    }
}
