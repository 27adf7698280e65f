package org.gongkai.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of bad values (issue #8, class 8). Query and form values are given already %-encoded, so that
 * bytes that are not UTF-8 can be sent; JSON values are given as JSON text, so that lone surrogates can be sent
 * as escapes.
 */
final class HostileValues {

    private HostileValues() {}

    /** A hostile value and what it is, for the failure message. */
    record Value(String label, String encoded) {}

    static String repeat(String s, int n) {
        return s.repeat(Math.max(0, n));
    }

    /** Values for a query parameter, path segment or form field, %-encoded; {@code max} is the declared maximum. */
    static List<Value> forText(Integer max) {
        List<Value> values = new ArrayList<>();
        if (max != null) {
            values.add(new Value("at its maximum (" + max + ")", repeat("%E5%AD%97", max)));
            values.add(new Value("one past its maximum", repeat("%E5%AD%97", max + 1)));
        }
        values.add(new Value("5,000 characters", repeat("x", 5_000)));
        values.add(new Value("invalid UTF-8 %FF", "a%FFb"));
        values.add(new Value("lone surrogate %ED%A0%80", "a%ED%A0%80b"));
        values.add(new Value("overlong UTF-8 %C0%AF", "%C0%AF"));
        values.add(new Value("NUL", "a%00b"));
        values.add(new Value("control characters", "a%01%07%1B%7Fb"));
        values.add(new Value("bidi override", "%E2%80%AEcod.exe"));
        values.add(new Value("huge number", "99999999999999999999999999"));
        values.add(new Value("negative number", "-1"));
        values.add(new Value("not a number", "abc"));
        values.add(new Value("far date", "%2B999999999-12-31"));
        values.add(new Value("year 9999", "9999-12-31"));
        values.add(new Value("malformed date", "2024-02-30"));
        values.add(new Value("bad %-escape", "%ZZ%"));
        return values;
    }

    /** Values for a query parameter declared as a number (page, size, year, days). */
    static List<Value> forNumber() {
        return List.of(new Value("overflowing page", "999999999"), new Value("beyond long", "99999999999999999999999"),
                new Value("negative", "-5"), new Value("minimum int", "-2147483648"), new Value("not a number", "x1"),
                new Value("fraction", "1.5"), new Value("exponent", "1e309"), new Value("empty", ""));
    }

    /** JSON values for a string member, as JSON text. */
    static List<Value> jsonForString(Integer max, boolean date, List<String> enumValues) {
        List<Value> values = new ArrayList<>();
        if (max != null) {
            values.add(new Value("at its maximum (" + max + ")", "\"" + repeat("字", max) + "\""));
            values.add(new Value("one past its maximum", "\"" + repeat("字", max + 1) + "\""));
        }
        values.add(new Value("300,000 characters", "\"" + repeat("x", 300_000) + "\""));
        values.add(new Value("lone surrogate", "\"a\\ud800b\""));
        values.add(new Value("NUL", "\"a\\u0000b\""));
        values.add(new Value("control characters", "\"a\\u0001\\u001bb\""));
        values.add(new Value("bidi override", "\"\\u202ecod.exe\""));
        values.add(new Value("number instead of text", "12345"));
        values.add(new Value("object instead of text", "{\"a\":1}"));
        values.add(new Value("array instead of text", "[1,2]"));
        if (date) {
            values.add(new Value("far date", "\"+999999999-12-31\""));
            values.add(new Value("year 9999", "\"9999-12-31\""));
            values.add(new Value("year 1", "\"0001-01-01\""));
            values.add(new Value("malformed date", "\"2024-13-45\""));
        }
        if (enumValues != null) {
            values.add(new Value("unknown enum value", "\"NO_SUCH_VALUE\""));
            values.add(new Value("enum in lower case", "\"" + enumValues.get(0).toLowerCase() + "\""));
        }
        return values;
    }

    static List<Value> jsonForNumber() {
        return List.of(new Value("huge", "99999999999999999999999999999"), new Value("negative", "-1"),
                new Value("minimum long", "-9223372036854775808"), new Value("fraction", "1.5"),
                new Value("exponent", "1e400"), new Value("text", "\"abc\""), new Value("boolean", "true"),
                new Value("null", "null"));
    }

    static List<Value> jsonForBoolean() {
        return List.of(new Value("text", "\"yes\""), new Value("number", "2"), new Value("object", "{}"));
    }

    static List<Value> jsonForContainer() {
        return List.of(new Value("text instead of object/array", "\"x\""), new Value("number", "7"),
                new Value("null", "null"), new Value("deep nesting", repeat("[", 5_000) + repeat("]", 5_000)));
    }

    /** Whole JSON bodies that are wrong as a whole. */
    static List<Value> jsonBodies() {
        return List.of(new Value("empty body", ""), new Value("null", "null"), new Value("array", "[]"),
                new Value("truncated", "{\"a\":"), new Value("deeply nested", repeat("{\"a\":", 20_000) + "1" + repeat("}", 20_000)),
                new Value("1 MB string", "{\"x\":\"" + repeat("y", 1_048_576) + "\"}"),
                new Value("duplicate members", "{\"a\":1,\"a\":2}"));
    }
}
