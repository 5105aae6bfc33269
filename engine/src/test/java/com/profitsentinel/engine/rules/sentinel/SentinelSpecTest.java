package com.profitsentinel.engine.rules.sentinel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.profitsentinel.engine.analysis.Analysis;
import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.analysis.InputCounts;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.rule.RuleDescriptor;
import com.profitsentinel.engine.rules.sentinel.SpecCases.Line;
import com.profitsentinel.engine.rules.sentinel.SpecCases.SpecCase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of the sentinel spec fixtures ({@code engine.md} §12.3 and more): one fixture file per rule, named
 * after the rule id; each record's findings are checked against the expectation column.
 */
class SentinelSpecTest {

    static Stream<SpecCase> cases() {
        return SentinelRules.descriptors().stream()
                .map(RuleDescriptor::id)
                .flatMap(id -> SpecCases.read(id + ".tsv").stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsWhatTheSpecExpects(SpecCase specCase) {
        LeakType fileType = typeOfFile(specCase.file());
        List<ItemRecord> records = new ArrayList<>();
        List<Line> recordLines = new ArrayList<>();
        Analysis analysis = new SentinelEngine()
                .start(new AnalysisContext(specCase.asOf(), specCase.parameters(), Optional.empty()));
        for (Line line : specCase.lines()) {
            switch (line.kind()) {
                case "po" -> analysis.purchaseOrderLine(SpecCases.purchaseOrderLine(line));
                case "sale" -> analysis.salesLine(SpecCases.salesLine(line));
                case "record", "options", "summary" -> {}
                default -> fail(specCase + " line " + line.number() + ": unknown line kind " + line.kind());
            }
        }
        analysis.beginFile(specCase.fileFacts());
        for (Line line : specCase.lines()) {
            if (line.kind().equals("record")) {
                ItemRecord record = SpecCases.record(line, specCase.id(), specCase.asOf());
                records.add(record);
                recordLines.add(line);
                analysis.record(record);
            }
        }
        AnalysisResult result = analysis.finish(new InputCounts(records.size(), 0));
        for (int index = 0; index < records.size(); index++) {
            ItemRecord record = records.get(index);
            Line line = recordLines.get(index);
            List<Finding> findings = result.findings().stream()
                    .filter(finding -> finding.storeId().equals(record.storeId())
                            && finding.sku().equals(record.sku())
                            && finding.sourceRow() == record.sourceRow())
                    .toList();
            check(specCase + " line " + line.number(), line.expect(), fileType, findings);
        }
        for (Line line : specCase.lines()) {
            if (line.kind().equals("summary")) {
                line.fields().forEach((name, expected) -> {
                    double actual =
                            switch (name) {
                                case "impact_total" -> result.summary().annualProfitAtRiskTotal();
                                case "capital_total" -> result.summary().capitalTiedUpTotal();
                                case "items_flagged" -> result.summary().itemsFlagged();
                                case "duplicates" -> result.summary().duplicatesExcluded();
                                case "non_inventory" -> result.summary().nonInventoryExcluded();
                                case "sales_unmatched" -> result.summary().salesLinesUnmatched();
                                default -> throw new IllegalArgumentException("unknown summary figure " + name);
                            };
                    assertNumber(specCase + " summary " + name, expected, actual);
                });
            }
        }
    }

    static LeakType typeOfFile(String file) {
        String id = file.substring(0, file.indexOf('.'));
        return (LeakType) SentinelRules.ALL.stream()
                .filter(rule -> rule.descriptor().id().equals(id))
                .findFirst()
                .orElseThrow()
                .descriptor()
                .kind();
    }

    private static void check(String where, String expect, LeakType fileType, List<Finding> findings) {
        if (expect.isEmpty()) {
            return;
        }
        List<String> expectations = expect.equals("none") ? List.of() : List.of(expect.split(" \\+ "));
        boolean fileTypeExpected = false;
        for (String expectation : expectations) {
            Map<String, String> fields = SpecCases.fields(expectation);
            String head = fields.keySet().iterator().next();
            fields.remove(head);
            String typeName = head.contains("/") ? head.substring(0, head.indexOf('/')) : head;
            LeakType type = LeakType.valueOf(typeName);
            fileTypeExpected |= type == fileType;
            Optional<Finding> found =
                    findings.stream().filter(finding -> finding.kind() == type).findFirst();
            assertThat(found)
                    .as(where + ": expected a " + type + " finding in " + describe(findings))
                    .isPresent();
            Finding finding = found.orElseThrow();
            if (head.contains("/")) {
                assertThat(finding.subtype()).as(where + " subtype").isEqualTo(head.substring(head.indexOf('/') + 1));
            }
            fields.forEach((name, value) -> checkField(where + " " + type + " " + name, finding, name, value));
        }
        if (!fileTypeExpected) {
            assertThat(findings.stream().filter(finding -> finding.kind() == fileType))
                    .as(where + ": no " + fileType + " finding expected")
                    .isEmpty();
        }
    }

    private static void checkField(String where, Finding finding, String name, String expected) {
        switch (name) {
            case "impact" -> assertNumber(where, expected, finding.annualProfitAtRisk());
            case "capital" -> assertNumber(where, expected, finding.capitalTiedUp());
            case "conf" -> assertNumber(where, expected, finding.confidence());
            case "trend" -> assertThat(finding.trend().name()).as(where).isEqualTo(expected);
            case "basis" -> assertThat(finding.trendBasis().name()).as(where).isEqualTo(expected);
            case "severity" -> assertThat(finding.severity().id()).as(where).isEqualTo(expected);
            case "legacy" ->
                assertThat(finding.legacyPrimitive()
                                .map(primitive -> primitive.id())
                                .orElse("none"))
                        .as(where)
                        .isEqualTo(expected);
            case "context" -> assertThat(finding.context()).as(where).isEqualTo(expected);
            default -> {
                if (!name.startsWith("d.")) {
                    throw new IllegalArgumentException(where + ": unknown check " + name);
                }
                Object actual = finding.details().get(name.substring(2));
                assertThat(actual).as(where + " in " + finding.details()).isNotNull();
                if (actual instanceof Number number) {
                    assertNumber(where, expected, number.doubleValue());
                } else {
                    assertThat(String.valueOf(actual)).as(where).isEqualTo(expected);
                }
            }
        }
    }

    static void assertNumber(String where, String expected, double actual) {
        BigDecimal wanted = new BigDecimal(expected.replace(",", ""));
        BigDecimal rounded = new BigDecimal(actual).setScale(Math.max(0, wanted.scale()), RoundingMode.HALF_EVEN);
        assertThat(rounded).as(where + " (actual " + actual + ")").isEqualByComparingTo(wanted);
    }

    private static String describe(List<Finding> findings) {
        return findings.stream()
                .map(finding -> String.format(
                        Locale.ROOT,
                        "%s/%s %.2f",
                        finding.kind().id(),
                        finding.subtype(),
                        finding.annualProfitAtRisk()))
                .toList()
                .toString();
    }
}
