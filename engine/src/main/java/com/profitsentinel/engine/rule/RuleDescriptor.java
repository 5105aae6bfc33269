package com.profitsentinel.engine.rule;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.finding.FindingKind;
import java.util.List;

/**
 * A rule's metadata, declared once and read by the engine, {@code ./sentinel rules}, the UI and the docs (style §2.5).
 *
 * @param id the rule id ({@code negative-inventory})
 * @param kind what it finds
 * @param summary one sentence on what it flags
 * @param parameters the thresholds it reads
 * @param documentation the path of its page, relative to the repository root ({@code docs/rules/sentinel/...md})
 */
public record RuleDescriptor(
        String id, FindingKind kind, String summary, List<Parameter> parameters, String documentation) {
    public RuleDescriptor {
        requireNonNull(id, "id is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(summary, "summary is null");
        parameters = List.copyOf(parameters);
        requireNonNull(documentation, "documentation is null");
    }
}
