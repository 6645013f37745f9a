package charactergraph.loader.write;

import java.text.Normalizer;
import java.util.Locale;

/** Ids made from names: lower case ASCII letters and digits joined by single hyphens ("Anna Berg" gives "anna-berg"). */
public final class Slugs {
    private Slugs() {
    }

    public static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replace("'", "")
                .replace("\u2019", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }
}
