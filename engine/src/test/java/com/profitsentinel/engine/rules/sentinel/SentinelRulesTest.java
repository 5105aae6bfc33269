package com.profitsentinel.engine.rules.sentinel;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.analysis.Engine;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The registry convention (style §4, §19): sorted, unique, one rule per leak type, each with its page and fixture. */
class SentinelRulesTest {
    private static final List<String> SECTIONS = List.of(
            "## What it flags",
            "## When it fires",
            "## Dollar impact",
            "## Confidence, severity and trend",
            "## Root-cause evidence",
            "## Legacy projection",
            "## Recommendations",
            "## Spec cases");

    static List<RuleDescriptor> descriptors() {
        return SentinelRules.descriptors();
    }

    private static Path repository() {
        return NativeRows.specSamples().getParent().getParent();
    }

    @Test
    void listsRulesSortedByIdWithoutDuplicates() {
        List<String> ids = descriptors().stream().map(RuleDescriptor::id).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        Engine engine = new SentinelEngine();
        assertThat(engine.rules()).isEqualTo(descriptors());
        assertThat(engine.id()).isEqualTo("sentinel");
        assertThat(engine.majorVersion()).isEqualTo(2);
    }

    @Test
    void coversEveryLeakTypeButDataQualityOnce() {
        Set<LeakType> types = descriptors().stream()
                .map(descriptor -> (LeakType) descriptor.kind())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LeakType.class)));
        assertThat(types).hasSize(descriptors().size());
        assertThat(types).isEqualTo(EnumSet.complementOf(EnumSet.of(LeakType.DATA_QUALITY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptors")
    void hasAPageWithEverySection(RuleDescriptor descriptor) throws IOException {
        assertThat(descriptor.documentation()).isEqualTo("docs/rules/sentinel/" + descriptor.id() + ".md");
        Path page = repository().resolve(descriptor.documentation());
        assertThat(page).exists();
        String text = Files.readString(page);
        LeakType type = (LeakType) descriptor.kind();
        assertThat(text).startsWith("# " + type.title() + " (`" + type.name() + "`)");
        int position = 0;
        for (String section : SECTIONS) {
            int found = text.indexOf(section + "\n", position);
            assertThat(found)
                    .as(descriptor.id() + ": section " + section + " in order")
                    .isGreaterThan(position);
            position = found;
        }
        for (String recommendation : SentinelRules.forType(type).recommendations()) {
            assertThat(text).as(descriptor.id() + " recommendation").contains(recommendation);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptors")
    void hasAFixtureWithPositiveAndNegativeCases(RuleDescriptor descriptor) {
        List<SpecCases.SpecCase> cases = SpecCases.read(descriptor.id() + ".tsv");
        LeakType type = (LeakType) descriptor.kind();
        List<String> expectations = cases.stream()
                .flatMap(specCase -> specCase.lines().stream())
                .filter(line -> line.kind().equals("record"))
                .map(SpecCases.Line::expect)
                .toList();
        assertThat(expectations).anyMatch(expect -> expect.startsWith(type.name()));
        assertThat(expectations).anyMatch(expect -> expect.equals("none"));
    }
}
