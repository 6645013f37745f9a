package charactergraph.cypher;

/** Reads the simple JSON literals used as parameter examples: strings, numbers, true, false and null. */
final class JsonLiteral {
    private JsonLiteral() {
    }

    static Object parse(String literal) {
        String text = literal.trim();
        if (text.equals("null")) {
            return null;
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return unescape(text.substring(1, text.length() - 1), literal);
        }
        try {
            if (text.matches("-?\\d+")) {
                return Long.valueOf(text);
            }
            if (text.matches("-?\\d+\\.\\d+([eE][-+]?\\d+)?")) {
                return Double.valueOf(text);
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new IllegalArgumentException("not a JSON string, number, boolean or null: " + literal);
    }

    /** Checks a literal without keeping the value; false instead of an exception. */
    static boolean isValid(String literal) {
        try {
            parse(literal);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String unescape(String body, String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                throw new IllegalArgumentException("unescaped quote in " + literal);
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == body.length()) {
                throw new IllegalArgumentException("dangling backslash in " + literal);
            }
            char e = body.charAt(i);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (i + 4 >= body.length() || !body.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                        throw new IllegalArgumentException("bad \\u escape in " + literal);
                    }
                    out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + e + " in " + literal);
            }
        }
        return out.toString();
    }
}
