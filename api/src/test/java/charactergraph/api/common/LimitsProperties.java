package charactergraph.api.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpStatus;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import charactergraph.api.error.ApiProblem;

/** Numeric query parameters on random input: a value in range, or a 400 that names the parameter; nothing else. */
class LimitsProperties {
    @Property(tries = 2000)
    void anyStringIsAnIntInRangeOrA400(@ForAll("numberish") String raw) {
        try {
            int v = Limits.intParam("maxHops", raw, 6, 1, 10);
            assertTrue(v >= 1 && v <= 10, "in range: " + v);
        } catch (ApiProblem p) {
            assertEquals(HttpStatus.BAD_REQUEST, p.status());
            assertTrue(p.getMessage().contains("maxHops"), p.getMessage());
        }
    }

    @Property(tries = 2000)
    void anyStringIsASentenceOrderOrA400(@ForAll("numberish") String raw) {
        try {
            Long v = Limits.optionalLong("asOf", raw, 0);
            assertTrue(v == null || v >= 0, "at least 0: " + v);
        } catch (ApiProblem p) {
            assertEquals(HttpStatus.BAD_REQUEST, p.status());
        }
    }

    @Provide
    Arbitrary<String> numberish() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.strings().withChars("0123456789-+ .eE_x\u0660\u0661\uff11").ofMaxLength(25),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30))
                        .map(String::valueOf));
    }
}
