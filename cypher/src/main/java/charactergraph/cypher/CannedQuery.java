package charactergraph.cypher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One canned query: a read-only, parameterised Cypher file from {@code cypher/queries/}, with the documentation
 * its header comments give. The API lists these and runs {@link #body()} with {@link #bind(Map)}'s parameters.
 *
 * @param name       the query's name, equal to its file name without {@code .cypher}
 * @param question   the question it answers, in plain words
 * @param parameters the parameters it takes, in header order
 * @param columns    the columns of each result row, in order
 * @param notes      free header comments (how to read the result, limits)
 * @param file       the file name inside {@code queries/}
 * @param body       the Cypher to run (the file without its header comments)
 */
public record CannedQuery(
        String name,
        String question,
        List<Parameter> parameters,
        List<Column> columns,
        List<String> notes,
        String file,
        String body) {

    public CannedQuery {
        parameters = List.copyOf(parameters);
        columns = List.copyOf(columns);
        notes = List.copyOf(notes);
    }

    /**
     * A query parameter.
     *
     * @param name        the name used as {@code $name} in the Cypher
     * @param required    whether a caller must give it; an optional one left out is passed as null
     * @param description what it means and what null means
     * @param example     an example value as a JSON literal ({@code "all-her-fault"}, {@code 3}, {@code null})
     */
    public record Parameter(String name, boolean required, String description, String example) {
        /** The example as a Java value: String, Long, Double, Boolean or null. */
        public Object exampleValue() {
            return JsonLiteral.parse(example);
        }

        /**
         * The JSON type a value must have, taken from the example: "string", "integer", "number", "boolean", or
         * "any" when the example is null. A wrong type would not fail in Cypher, it would silently match nothing.
         */
        public String type() {
            Object value = exampleValue();
            if (value instanceof String) {
                return "string";
            }
            if (value instanceof Long) {
                return "integer";
            }
            if (value instanceof Double) {
                return "number";
            }
            if (value instanceof Boolean) {
                return "boolean";
            }
            return "any";
        }

        /** Whether a (non-null) value is of this parameter's type. */
        boolean accepts(Object value) {
            return switch (type()) {
                case "string" -> value instanceof CharSequence;
                case "integer" -> value instanceof Long || value instanceof Integer || value instanceof Short
                        || value instanceof Byte || value instanceof java.math.BigInteger;
                case "number" -> value instanceof Number;
                case "boolean" -> value instanceof Boolean;
                default -> true;
            };
        }
    }

    /** A result column: its name (the RETURN alias) and what it means. */
    public record Column(String name, String description) {
    }

    public Optional<Parameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /**
     * The full parameter map for a run: every declared parameter, optional ones that were not given set to null
     * (Cypher refuses a query whose parameters are missing).
     *
     * @throws IllegalArgumentException naming the problem when a required parameter is missing or null, a value has
     *                                  the wrong type, or a parameter is not one this query declares
     */
    public Map<String, Object> bind(Map<String, ?> given) {
        Map<String, ?> values = given == null ? Map.of() : given;
        for (String key : values.keySet()) {
            if (parameter(key).isEmpty()) {
                throw new IllegalArgumentException("query '" + name + "' has no parameter '" + key + "'; it takes "
                        + parameterNames());
            }
        }
        Map<String, Object> bound = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            Object value = values.get(p.name());
            if (value == null && p.required()) {
                throw new IllegalArgumentException("query '" + name + "' needs parameter '" + p.name() + "' ("
                        + p.description() + "), for example " + p.example());
            }
            if (value != null && !p.accepts(value)) {
                throw new IllegalArgumentException("parameter '" + p.name() + "' of query '" + name + "' must be "
                        + (p.type().equals("integer") ? "an integer" : "a " + p.type()) + ", for example " + p.example()
                        + "; got " + value);
            }
            bound.put(p.name(), value);
        }
        return bound;
    }

    /** Every parameter set to its example value: what the guide and the tests run. */
    public Map<String, Object> exampleParameters() {
        Map<String, Object> bound = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            bound.put(p.name(), p.exampleValue());
        }
        return bound;
    }

    public List<String> parameterNames() {
        return parameters.stream().map(Parameter::name).toList();
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
