package com.profitsentinel.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LegacyDocumentsTest {
    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void findingsAreAppendedAsTheLastMember() {
        assertThat(text(LegacyDocuments.withFindings(utf8("{\"status\":\"success\"}\n"), utf8("[{\"sku\":\"A\"}]"))))
                .isEqualTo("{\"status\":\"success\",\"findings\":[{\"sku\":\"A\"}]}");
    }

    @Test
    void theFindingsArrayIsCutFromTheNativeDocumentWithNestedValuesIntact() {
        String nativeDocument = "{\"summary\":{\"findings\":[1]},\"findings\":[{\"sku\":\"é]\",\"values\":[1,[2]]}],"
                + "\"findings_listed\":1}";

        assertThat(text(LegacyDocuments.findingsOf(utf8(nativeDocument))))
                .isEqualTo("[{\"sku\":\"é]\",\"values\":[1,[2]]}]");
        assertThat(text(LegacyDocuments.findingsOf(utf8("{\"summary\":{}}")))).isEqualTo("[]");
    }

    @Test
    void aMemberIsAppendedToAnEmptyObjectWithoutAComma() {
        assertThat(text(LegacyDocuments.withMember(utf8("{}"), "files", utf8("[1]"))))
                .isEqualTo("{\"files\":[1]}");
    }

    @Test
    void refusesWhatIsNotAnObject() {
        assertThatThrownBy(() -> LegacyDocuments.withFindings(utf8("[]"), utf8("[]")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
