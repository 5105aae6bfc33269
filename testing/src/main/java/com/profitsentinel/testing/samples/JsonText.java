package com.profitsentinel.testing.samples;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The expectation file of a sample: small, hand-formatted JSON with two-space indentation and keys in file order. */
final class JsonText {
    private JsonText() {}

    /**
     * {@code {"pos": …, "file_type": …, "columns": {header: target | null}, "units_sold_period": {…},
     * "stores_detected": […]}}; the last two only when they apply, followed by any {@code extra} members (already
     * rendered as JSON values).
     */
    static String expectation(Sample sample, List<Member> extra) {
        StringBuilder json = new StringBuilder(2048);
        json.append("{\n");
        json.append("  \"pos\": ").append(string(sample.posId())).append(",\n");
        json.append("  \"file_type\": ").append(string(sample.fileType().id())).append(",\n");
        json.append("  \"columns\": {\n");
        List<ExpectedColumn> columns = sample.columns();
        for (int index = 0; index < columns.size(); index++) {
            ExpectedColumn column = columns.get(index);
            json.append("    ")
                    .append(string(column.header()))
                    .append(": ")
                    .append(column.target().map(JsonText::string).orElse("null"))
                    .append(index + 1 < columns.size() ? ",\n" : "\n");
        }
        json.append("  }");
        List<ExpectedColumn> periods = columns.stream()
                .filter(column -> column.unitsSoldPeriod().isPresent())
                .toList();
        if (!periods.isEmpty()) {
            json.append(",\n  \"units_sold_period\": {");
            for (int index = 0; index < periods.size(); index++) {
                ExpectedColumn column = periods.get(index);
                json.append(index == 0 ? "" : ", ")
                        .append(string(column.header()))
                        .append(": ")
                        .append(string(column.unitsSoldPeriod().orElseThrow()));
            }
            json.append('}');
        }
        if (!sample.storesDetected().isEmpty()) {
            json.append(",\n  \"stores_detected\": ").append(stringArray(sample.storesDetected()));
        }
        for (Member member : extra) {
            json.append(",\n  ").append(string(member.name())).append(": ").append(member.json());
        }
        json.append("\n}\n");
        return json.toString();
    }

    /** A JSON object member whose value is already JSON text. */
    record Member(String name, String json) {
        Member {
            requireNonNull(name, "name is null");
            if (json.isBlank()) {
                throw new IllegalArgumentException("member " + name + " has no value");
            }
        }
    }

    /** A flat JSON object of string members, on one line. */
    static String object(List<Member> members) {
        StringBuilder json = new StringBuilder("{");
        for (int index = 0; index < members.size(); index++) {
            Member member = members.get(index);
            json.append(index == 0 ? "" : ", ")
                    .append(string(member.name()))
                    .append(": ")
                    .append(member.json());
        }
        return json.append('}').toString();
    }

    static String stringArray(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (int index = 0; index < values.size(); index++) {
            json.append(index == 0 ? "" : ", ").append(string(values.get(index)));
        }
        return json.append(']').toString();
    }

    /** A JSON string literal. */
    static String string(String value) {
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (int index = 0; index < value.length(); index++) {
            char character = value.charAt(index);
            switch (character) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (character < 0x20) {
                        json.append(String.format("\\u%04x", (int) character));
                    } else {
                        json.append(character);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
