package com.profitsentinel.engine.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodePointsTest {

    @ParameterizedTest
    @CsvSource({
        "A, B, -1",
        "B, A, 1",
        "A, A, 0",
        "A, AB, -1",
        "AB, A, 1",
        "'', A, -1",
        "a, B, 1",
    })
    void ordersPlainTextLikeCompareTo(String left, String right, int expected) {
        assertThat(Integer.signum(CodePoints.compare(left, right))).isEqualTo(expected);
    }

    @Test
    void supplementaryCharactersSortAfterTheEndOfTheBasicPlane() {
        String privateUse = "\uE000";
        String emoji = "\uD83D\uDE00"; // U+1F600
        assertThat(privateUse.compareTo(emoji)).isPositive();
        assertThat(CodePoints.compare(privateUse, emoji)).isNegative();
        assertThat(CodePoints.compare(emoji, privateUse)).isPositive();
        assertThat(CodePoints.compare("SKU" + emoji, "SKU\uFFFD")).isPositive();
    }

    @Test
    void agreesWithDecodedCodePointsOnMixedText() {
        List<String> texts = List.of(
                "",
                "A",
                "AB",
                "\uFFFF",
                "\uE000x",
                "\uD83D\uDE00",
                "\uD83D\uDE01",
                "\uD800\uDC00",
                "z",
                "\uD83D\uDE00A");
        for (String left : texts) {
            for (String right : texts) {
                int expected = Arrays.compare(
                        left.codePoints().toArray(), right.codePoints().toArray());
                assertThat(Integer.signum(CodePoints.compare(left, right)))
                        .as("%s vs %s", left, right)
                        .isEqualTo(Integer.signum(expected));
            }
        }
    }
}
