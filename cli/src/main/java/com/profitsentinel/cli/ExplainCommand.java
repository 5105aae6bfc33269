package com.profitsentinel.cli;

import com.profitsentinel.app.analysis.EngineRun;
import com.profitsentinel.app.explain.Explainer;
import com.profitsentinel.app.output.ResultJson;
import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.analysis.FindingListener;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.finding.Evidence;
import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.Formats;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.rootcause.Cause;
import com.profitsentinel.engine.rootcause.Diagnosis;
import com.profitsentinel.engine.rootcause.Hypothesis;
import com.profitsentinel.engine.rootcause.ProofNode;
import com.profitsentinel.engine.rootcause.SkuFacts;
import com.profitsentinel.engine.rule.Parameters;
import com.profitsentinel.io.ingest.IngestRequest;
import com.profitsentinel.io.ingest.ProgressListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./sentinel explain FILE... --finding ID}: why one finding (or one group) was raised — the formula inputs, the
 * facts with their thresholds, the proof tree from facts through weighted rules to the cause (engine.md §9.7) and the
 * competing hypotheses with why they rank lower (§9.6).
 */
@Command(
        name = "explain",
        description = "Explain one finding or group: inputs, evidence, proof tree and competing causes.",
        mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer> {
    @picocli.CommandLine.Parameters(
            index = "0..*",
            arity = "1..*",
            paramLabel = "FILE",
            description = "The same export(s) the finding came from.")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--finding",
            required = true,
            paramLabel = "ID",
            description = "A finding ID or group ID from analyze's output.")
    String id = "";

    @Mixin
    FileOptions options = new FileOptions();

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    MapCommand.OutputFormat format = MapCommand.OutputFormat.TEXT;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Write the explanation to this file instead of standard output.")
    @Nullable
    Path out;

    private final Output output;

    ExplainCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        List<IngestRequest> requests = new ArrayList<>();
        for (Path file : files) {
            requests.add(options.request(file));
        }
        Finding[] match = new Finding[1];
        FindingListener listener = finding -> {
            if (finding.findingId().equals(wanted)) {
                match[0] = finding;
            }
        };
        AnalysisContext context = engineOptions.context(options.asOfDate(), listener, 0);
        AnalysisResult result = EngineRun.run(requests, engineOptions.engine(), context, ProgressListener.NONE)
                .result();
        Parameters parameters = engineOptions.parameters();
        Optional<Finding> dataQuality = result.dataQuality().stream()
                .filter(finding -> finding.findingId().equals(wanted))
                .findFirst();
        Finding finding = match[0] != null ? match[0] : dataQuality.orElse(null);
        Optional<Group> group = result.groups().stream()
                .filter(candidate -> candidate.groupId().equals(wanted)
                        || (finding != null && candidate.groupId().equals(finding.groupId())))
                .findFirst();
        if (finding == null && group.isEmpty()) {
            throw new ProfitSentinelException(
                    ErrorCode.NOT_FOUND,
                    "No finding or group with ID \"" + id + "\" in " + files + " (engine " + result.engine()
                            + ", as of " + result.asOf() + "). IDs come from './sentinel analyze'.");
        }
        Explanation explanation = finding != null
                ? explainFinding(finding, group, parameters)
                : new Explanation(Optional.empty(), group, group.orElseThrow().rootCause(), Optional.empty());
        Output target = out == null ? output : output.toFile(out);
        try {
            switch (format) {
                case JSON -> target.json(json(explanation));
                case TEXT -> target.text(text(explanation));
            }
        } finally {
            target.close();
        }
        return ExitCodes.OK;
    }

    /**
     * What is explained: a finding (with the root cause of its own evidence and the proof tree) or a group (with the
     * group's diagnosis).
     */
    record Explanation(
            Optional<Finding> finding, Optional<Group> group, Diagnosis diagnosis, Optional<ProofNode> tree) {}

    private static Explanation explainFinding(Finding finding, Optional<Group> group, Parameters parameters) {
        Map<Fact, String> observed = new EnumMap<>(Fact.class);
        for (Evidence evidence : finding.evidence()) {
            observed.put(evidence.fact(), Explainer.bare(evidence.observed()));
        }
        com.profitsentinel.app.explain.Explanation explained =
                Explainer.explain(finding.kind(), List.of(new SkuFacts(finding.sku(), observed)), parameters);
        return new Explanation(Optional.of(finding), group, explained.diagnosis(), Optional.of(explained.proofTree()));
    }

    static Map<String, Object> json(Explanation explanation) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (explanation.finding().isPresent()) {
            Finding finding = explanation.finding().get();
            json.put("id", finding.findingId());
            json.put("kind", "finding");
            json.putAll(ResultJson.finding(finding));
            json.put("root_cause", ResultJson.diagnosis(explanation.diagnosis()));
            explanation.tree().ifPresent(tree -> json.put("proof_tree", Explainer.node(tree)));
            cause(explanation.diagnosis())
                    .ifPresent(cause -> json.put("cause_recommendations", cause.recommendations()));
            explanation.group().ifPresent(group -> json.put("group", ResultJson.group(group)));
        } else {
            Group group = explanation.group().orElseThrow();
            json.put("id", group.groupId());
            json.put("kind", "group");
            json.putAll(ResultJson.group(group));
        }
        return json;
    }

    private static Optional<Cause> cause(Diagnosis diagnosis) {
        return diagnosis.rootCause().or(() -> diagnosis.top().map(Hypothesis::cause));
    }

    /** The readable form of an explanation. */
    static String text(Explanation explanation) {
        StringBuilder text = new StringBuilder();
        if (explanation.finding().isEmpty()) {
            Group group = explanation.group().orElseThrow();
            text.append("Group ")
                    .append(group.groupId())
                    .append(": ")
                    .append(group.kind().title())
                    .append(" in ")
                    .append(group.storeId())
                    .append('\n');
            text.append(group.context()).append('\n');
            text.append("Annual profit at risk ")
                    .append(Formats.money(group.annualProfitAtRisk()))
                    .append(" · capital tied up ")
                    .append(Formats.money(group.capitalTiedUp()))
                    .append(" · ")
                    .append(group.skuCount())
                    .append(" SKU(s): ")
                    .append(String.join(", ", group.skus().subList(0, Math.min(20, group.skuCount()))))
                    .append(group.skuCount() > 20 ? ", …" : "")
                    .append('\n');
            hypotheses(text, explanation.diagnosis());
            return text.toString();
        }
        Finding finding = explanation.finding().get();
        text.append("Finding ")
                .append(finding.findingId())
                .append(": ")
                .append(finding.kind().title());
        if (!finding.subtype().isEmpty()) {
            text.append(" (").append(finding.subtype()).append(')');
        }
        text.append(" · store ").append(finding.storeId()).append(" · SKU ").append(finding.sku());
        if (!finding.description().isEmpty()) {
            text.append(" ").append(finding.description());
        }
        text.append('\n').append(finding.context()).append("\n\n");
        text.append("Annual profit at risk ")
                .append(Formats.money(finding.annualProfitAtRisk()))
                .append(" · capital tied up ")
                .append(Formats.money(finding.capitalTiedUp()))
                .append(" · confidence ")
                .append(ResultJson.ratio(finding.confidence()))
                .append(" · severity ")
                .append(finding.severity().id())
                .append(" · trend ")
                .append(finding.trend().name().toLowerCase(Locale.ROOT))
                .append(" (")
                .append(finding.trendBasis().name().toLowerCase(Locale.ROOT))
                .append(")\n");
        text.append("\nInputs: ").append(pairs(finding.inputs())).append('\n');
        text.append("Details: ").append(pairs(finding.details())).append('\n');
        text.append("\nEvidence (facts true for this item that bear on ")
                .append(finding.kind().title())
                .append("):\n");
        if (finding.evidence().isEmpty()) {
            text.append("  none\n");
        }
        for (Evidence evidence : finding.evidence()) {
            text.append("  ")
                    .append(evidence.fact().id())
                    .append(": ")
                    .append(evidence.observed())
                    .append("  (")
                    .append(evidence.condition())
                    .append(")\n");
        }
        explanation.tree().ifPresent(tree -> {
            text.append("\nProof tree:\n");
            tree(text, tree, "  ");
        });
        hypotheses(text, explanation.diagnosis());
        cause(explanation.diagnosis()).ifPresent(cause -> text.append("\nIf it is ")
                .append(cause.displayName())
                .append(": ")
                .append(String.join(" · ", cause.recommendations()))
                .append('\n'));
        text.append("\nWhat to do: ")
                .append(String.join(" · ", finding.recommendations()))
                .append('\n');
        explanation.group().ifPresent(group -> text.append("\nIts group ")
                .append(group.groupId())
                .append(": ")
                .append(group.context())
                .append('\n'));
        return text.toString();
    }

    private static void hypotheses(StringBuilder text, Diagnosis diagnosis) {
        text.append("\nCompeting hypotheses");
        if (diagnosis.rootCause().isPresent()) {
            text.append(" (root cause: ").append(diagnosis.rootCause().get().displayName());
        } else {
            text.append(" (no root cause named");
        }
        text.append(", confidence ")
                .append(ResultJson.ratio(diagnosis.confidence()))
                .append(')');
        diagnosis.reviewReason().ifPresent(reason -> text.append(" · needs review: ")
                .append(reason));
        text.append(":\n");
        if (diagnosis.hypotheses().isEmpty()) {
            text.append("  none — no evidence points to a cause\n");
        }
        for (Hypothesis hypothesis : diagnosis.hypotheses()) {
            text.append("  #")
                    .append(hypothesis.rank())
                    .append(' ')
                    .append(hypothesis.cause().displayName())
                    .append(": score ")
                    .append(ResultJson.ratio(hypothesis.score()))
                    .append(", share ")
                    .append(ResultJson.ratio(hypothesis.share()))
                    .append(", ")
                    .append(hypothesis.evidenceCount())
                    .append(" SKU(s)\n");
            for (String reason : hypothesis.whyLower()) {
                text.append("      ").append(reason).append('\n');
            }
        }
    }

    private static void tree(StringBuilder text, ProofNode node, String indent) {
        text.append(indent).append(node.statement());
        if (!Double.isNaN(node.weight())) {
            text.append("  [weight ").append(ResultJson.ratio(node.weight())).append(']');
        }
        if (!Double.isNaN(node.confidence())) {
            text.append("  [confidence ")
                    .append(ResultJson.ratio(node.confidence()))
                    .append(']');
        }
        if (!node.value().isEmpty()) {
            text.append(" — ").append(node.value());
        }
        text.append('\n');
        for (ProofNode child : node.children()) {
            tree(text, child, indent + "  ");
        }
    }

    private static String pairs(Map<String, Object> values) {
        List<String> pairs = new ArrayList<>();
        values.forEach((name, value) ->
                pairs.add(name + " " + (value instanceof Double number ? ResultJson.ratio(number) : value)));
        return pairs.isEmpty() ? "none" : String.join(", ", pairs);
    }
}
