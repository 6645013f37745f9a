package charactergraph.loader.testsupport;

import charactergraph.loader.nlp.ParsedArticle;
import charactergraph.loader.resolve.Cast;
import charactergraph.model.Character;
import charactergraph.model.Gender;
import charactergraph.loader.nlp.CorefChain;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.nlp.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A deliberately simple cast for testing the relation and secret stages without the real entity resolver:
 * characters are NER PERSON spans merged by shared first or last name; names in parentheses or after "played by"
 * or "stars" are actors; pronouns take the character of the nearest earlier named mention in their CoreNLP
 * coreference chain (at most three sentences back).
 */
public final class NerCast {
    private NerCast() {
    }

    public static Cast of(ParsedArticle text) {
        List<Sentence> sentences = text.sentences();
        Map<String, List<String>> names = new LinkedHashMap<>(); // id -> names
        Map<Cast.TokenRef, String> mentions = new HashMap<>();
        Set<Cast.TokenRef> actors = new HashSet<>();
        List<Object[]> spans = new ArrayList<>(); // sentence, first token index, last token index, name
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (!"PERSON".equals(tokens.get(i).ner())) {
                    continue;
                }
                int j = i;
                while (j + 1 < tokens.size() && "PERSON".equals(tokens.get(j + 1).ner())) {
                    j++;
                }
                StringBuilder name = new StringBuilder();
                for (int k = i; k <= j; k++) {
                    name.append(k > i ? " " : "").append(tokens.get(k).word());
                }
                boolean actor = i > 0 && (tokens.get(i - 1).word().equals("(") || tokens.get(i - 1).word().equalsIgnoreCase("stars")
                        || i > 1 && tokens.get(i - 1).word().equalsIgnoreCase("by")
                        && tokens.get(i - 2).word().equalsIgnoreCase("played"));
                if (actor) {
                    for (int k = i; k <= j; k++) {
                        actors.add(new Cast.TokenRef(s, tokens.get(k).index()));
                    }
                } else {
                    spans.add(new Object[]{s, i, j, name.toString()});
                }
                i = j;
            }
        }
        // longest names first, so that "Peter" joins "Peter Irvine"
        List<Object[]> byLength = new ArrayList<>(spans);
        byLength.sort((a, b) -> Integer.compare(((String) b[3]).split(" ").length, ((String) a[3]).split(" ").length));
        Map<String, String> nameToId = new HashMap<>();
        for (Object[] span : byLength) {
            String name = (String) span[3];
            if (nameToId.containsKey(name)) {
                continue;
            }
            String[] parts = name.split(" ");
            String id = null;
            for (Map.Entry<String, List<String>> c : names.entrySet()) {
                for (String n : c.getValue()) {
                    String[] np = n.split(" ");
                    if (np.length > parts.length && (np[0].equals(parts[0]) || np[np.length - 1].equals(parts[parts.length - 1]))) {
                        id = c.getKey();
                    }
                }
            }
            if (id == null) {
                id = name.toLowerCase(Locale.ROOT).replace(' ', '-');
                names.put(id, new ArrayList<>());
            }
            names.get(id).add(name);
            nameToId.put(name, id);
        }
        for (Object[] span : spans) {
            String id = nameToId.get((String) span[3]);
            List<Token> tokens = sentences.get((Integer) span[0]).tokens();
            for (int k = (Integer) span[1]; k <= (Integer) span[2]; k++) {
                mentions.put(new Cast.TokenRef((Integer) span[0], tokens.get(k).index()), id);
            }
        }
        // NER misses some names ("Alcaras" tagged O): a proper noun equal to a known one-word name is that person
        for (int s = 0; s < sentences.size(); s++) {
            for (Token t : sentences.get(s).tokens()) {
                Cast.TokenRef ref = new Cast.TokenRef(s, t.index());
                if (t.tag().startsWith("NNP") && !mentions.containsKey(ref) && !actors.contains(ref)
                        && nameToId.containsKey(t.word())) {
                    mentions.put(ref, nameToId.get(t.word()));
                }
            }
        }
        {
            for (CorefChain chain : text.corefChains()) {
                List<CorefChain.Mention> ms = chain.mentions();
                for (int i = 0; i < ms.size(); i++) {
                    CorefChain.Mention m = ms.get(i);
                    int s = m.sentence();
                    Token head = sentences.get(s).tokens().get(m.head() - 1);
                    if (!head.tag().startsWith("PRP")) {
                        continue;
                    }
                    for (int j = i - 1; j >= 0; j--) {
                        CorefChain.Mention prev = ms.get(j);
                        if (s - prev.sentence() > 3) {
                            break;
                        }
                        String id = mentions.get(new Cast.TokenRef(prev.sentence(), prev.head()));
                        if (id != null) {
                            mentions.put(new Cast.TokenRef(s, m.head()), id);
                            break;
                        }
                    }
                }
            }
        }
        // Pronouns coreference left out: the latest earlier subject in the sentence, else the latest earlier name.
        for (int s = 0; s < sentences.size(); s++) {
            var g = sentences.get(s).parsedGraph();
            List<Token> tokens = sentences.get(s).tokens();
            for (Token t : tokens) {
                Cast.TokenRef ref = new Cast.TokenRef(s, t.index());
                if (!t.tag().startsWith("PRP") || mentions.containsKey(ref)
                        || !t.word().toLowerCase(Locale.ROOT).matches("he|him|his|she|her")) {
                    continue;
                }
                String subject = null;
                String any = null;
                for (Token u : tokens) {
                    if (u.index() >= t.index()) {
                        break;
                    }
                    String id = mentions.get(new Cast.TokenRef(s, u.index()));
                    if (id == null || u.tag().startsWith("PRP")) {
                        continue;
                    }
                    any = id;
                    var w = g.node(u.index());
                    if (w != null && g.incoming(w).stream().anyMatch(e -> e.relation().startsWith("nsubj"))
                            || w != null && g.incoming(w).stream().anyMatch(e -> e.relation().equals("compound")
                            && g.incoming(e.governor()).stream().anyMatch(x -> x.relation().startsWith("nsubj")))) {
                        subject = id;
                    }
                }
                if (subject != null || any != null) {
                    mentions.put(ref, subject != null ? subject : any);
                }
            }
        }
        List<Character> characters = new ArrayList<>();
        for (Map.Entry<String, List<String>> c : names.entrySet()) {
            List<String> ns = c.getValue();
            characters.add(new Character(c.getKey(), ns.get(0), ns.subList(1, ns.size()), null, Gender.UNKNOWN, ns.size(),
                    List.of()));
        }
        return new Cast(characters, mentions, actors);
    }
}
