package com.profitsentinel.engine.rules.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry holds one rule per primitive, sorted by id, each with its doc page and its spec fixture (style §2.4). */
class LegacyRulesTest {
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

    private static List<String> ids() {
        return LegacyRules.all().stream().map(rule -> rule.descriptor().id()).toList();
    }

    @Test
    void idsAreUniqueAndSorted() {
        assertThat(ids()).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void everyPrimitiveHasExactlyOneRule() {
        assertThat(LegacyRules.all().stream().map(LegacyRule::primitive))
                .containsExactlyInAnyOrder(LegacyPrimitive.values());
    }

    @Test
    void idIsThePrimitiveKeyWithHyphens() {
        for (LegacyRule rule : LegacyRules.all()) {
            assertThat(rule.descriptor().id()).isEqualTo(rule.primitive().id().replace('_', '-'));
            assertThat(rule.descriptor().kind()).isEqualTo(rule.primitive());
            assertThat(rule.descriptor().summary()).isNotBlank();
            assertThat(rule.descriptor().parameters()).isEmpty();
        }
    }

    @Test
    void iterationOrderIsTheResponseOrder() {
        assertThat(LegacyRules.inIterationOrder().stream().map(LegacyRule::primitive))
                .containsExactly(LegacyPrimitive.values());
        assertThat(LegacyPrimitive.values())
                .extracting(LegacyPrimitive::id)
                .containsExactly(
                        "high_margin_leak",
                        "negative_inventory",
                        "negative_profit",
                        "severe_inventory_deficit",
                        "low_stock",
                        "shrinkage_pattern",
                        "margin_erosion",
                        "zero_cost_anomaly",
                        "dead_item",
                        "overstock",
                        "price_discrepancy");
    }

    @Test
    void engineListsTheRegistry() {
        assertThat(new LegacyEngine().rules()).isEqualTo(LegacyRules.descriptors());
        assertThat(new LegacyEngine().rules()).hasSize(11);
    }

    @Test
    void everyRuleHasItsDocPageListedInTheReadme() throws IOException {
        String readme = Files.readString(REPOSITORY.resolve("docs/rules/legacy/README.md"));
        for (RuleDescriptor descriptor : LegacyRules.descriptors()) {
            assertThat(descriptor.documentation()).isEqualTo("docs/rules/legacy/" + descriptor.id() + ".md");
            Path page = REPOSITORY.resolve(descriptor.documentation());
            assertThat(page).as("doc page of %s", descriptor.id()).isRegularFile();
            assertThat(Files.readString(page))
                    .as("doc page of %s", descriptor.id())
                    .contains("`" + descriptor.kind().id() + "`");
            assertThat(readme).as("README lists %s", descriptor.id()).contains("(" + descriptor.id() + ".md)");
        }
    }

    @Test
    void everyRuleHasASpecFixtureWithPositiveAndNegativeRows() {
        for (RuleDescriptor descriptor : LegacyRules.descriptors()) {
            List<LegacyRulesSpecTest.FixtureRow> rows = LegacyRulesSpecTest.read(descriptor.id());
            assertThat(rows).as("fixture of %s", descriptor.id()).isNotEmpty();
            assertThat(rows).as("flagged rows of %s", descriptor.id()).anyMatch(row -> !Double.isNaN(row.expected()));
            assertThat(rows).as("unflagged rows of %s", descriptor.id()).anyMatch(row -> Double.isNaN(row.expected()));
        }
    }
}
