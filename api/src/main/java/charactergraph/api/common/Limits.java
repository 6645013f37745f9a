package charactergraph.api.common;

import charactergraph.api.error.ApiProblem;

/**
 * Numeric query parameters, parsed here rather than by the framework so that a bad value gets a problem naming the
 * parameter, the allowed range and the default.
 */
public final class Limits {
    private Limits() {
    }

    public static int intParam(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        long value;
        try {
            value = Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("Bad " + name, name + " must be a whole number from " + min + " to " + max
                    + " (default " + defaultValue + "); got '" + raw + "'.");
        }
        if (value < min || value > max) {
            throw ApiProblem.badRequest("Bad " + name, name + " must be from " + min + " to " + max + " (default "
                    + defaultValue + "); got " + value + ".");
        }
        return (int) value;
    }

    public static Long optionalLong(String name, String raw, long min) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(raw.strip());
            if (value < min) {
                throw ApiProblem.badRequest("Bad " + name, name + " must be at least " + min + "; got " + value + ".");
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("Bad " + name, name + " must be a whole number (a sentence order, as in the"
                    + " knowers' 'order'); got '" + raw + "'.");
        }
    }
}
