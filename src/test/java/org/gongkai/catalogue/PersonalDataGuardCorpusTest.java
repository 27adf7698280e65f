package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.catalogue.PersonalDataGuard.Kind;
import org.gongkai.catalogue.PersonalDataGuard.Match;
import org.gongkai.common.NormalisedText;
import org.gongkai.common.PersonalData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guard against disguised numbers (issue #8, class 2), proven on two corpora in
 * {@code src/test/resources/guard}: disguised forms that must be caught and masked in place, and look-alikes
 * (dates, 文号, amounts, statistics, codes, counts) that must not be flagged.
 */
class PersonalDataGuardCorpusTest {

    final PersonalDataGuard guard = new PersonalDataGuard();

    static Stream<Arguments> disguised() throws IOException {
        return lines("guard/disguised.txt").stream().map(line -> {
            int bar = line.indexOf(" | ");
            return Arguments.of(Kind.valueOf(line.substring(0, bar).strip()), unescape(line.substring(bar + 3)));
        });
    }

    static Stream<String> lookalikes() throws IOException {
        return lines("guard/lookalikes.txt").stream().map(PersonalDataGuardCorpusTest::unescape);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("disguised")
    void disguisedNumberIsFoundAndMaskedInTheOriginalText(Kind kind, String text) {
        List<Match> found = guard.scan(text).stream().filter(m -> m.kind() == kind).toList();
        assertThat(found).as("found in %s", text).isNotEmpty();

        String masked = guard.maskAll(text);
        for (Match m : found) {
            assertThat(m.masked()).contains("*");
            assertThat(masked).contains(m.masked());
            assertThat(PersonalData.canonicalNumber(masked)).doesNotContain(m.value());
            // the match covers exactly the disguised characters: what surrounds it is unchanged
            assertThat(masked).startsWith(text.substring(0, found.get(0).start()));
        }
        assertThat(guard.scan(masked)).noneMatch(m -> m.kind().maskable());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("lookalikes")
    void ordinaryNumberIsNotFlagged(String text) {
        assertThat(guard.scan(text)).as("findings in %s", text).isEmpty();
        assertThat(guard.maskAll(text)).isEqualTo(text);
    }

    @Test
    void corporaHoldAtLeastThirtyCasesEach() throws IOException {
        assertThat(disguised().count()).isGreaterThanOrEqualTo(30);
        assertThat(lookalikes().count()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void maskReplacesTheDisguisedCharactersAndKeepsTheRest() {
        assertThat(guard.maskAll("电话：１３８－１２３４－５６７８。")).isEqualTo("电话：138****5678。");
        assertThat(guard.maskAll("身份证 110105 19491231 002X，住址城关镇")).isEqualTo("身份证 11*************02X，住址城关镇");
        assertThat(guard.maskAll("手机138\u200B1234\u200B5678号")).isEqualTo("手机138****5678号");
    }

    @Test
    void contextNeverShowsAFullWidthOrGroupedNumber() {
        String text = "联系人王主任，电话１３８１２３４５６７８，另一位 1101 0519 4912 3100 2X 办理";
        for (Match m : guard.scan(text)) {
            String context = guard.context(text, m, 30);
            assertThat(PersonalData.canonicalNumber(context)).doesNotContain("13812345678", "11010519491231002X");
        }
    }

    @Test
    void normalisedOffsetsMapBackToTheOriginal() {
        NormalisedText t = NormalisedText.of("号１\u200B２x");
        assertThat(t.text()).isEqualTo("号12x");
        assertThat(t.originalStart(2)).isEqualTo(3);
        assertThat(t.originalEnd(3)).isEqualTo(4);
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = PersonalDataGuardCorpusTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append('\\').append(e);
            }
        }
        return out.toString();
    }
}
