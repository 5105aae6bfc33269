package com.profitsentinel.cli;

import com.profitsentinel.app.output.ResultJson;
import com.profitsentinel.engine.analysis.Engine;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.Parameters;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./sentinel rules}: every rule of an engine with what it flags, its thresholds and its documentation page. */
@Command(
        name = "rules",
        description = "List an engine's rules with their thresholds and documentation.",
        mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    MapCommand.OutputFormat format = MapCommand.OutputFormat.TEXT;

    private final Output output;

    RulesCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        Engine engine = engineOptions.engine();
        Parameters parameters = engineOptions.parameters();
        List<Map<String, Object>> rules = new ArrayList<>();
        for (RuleDescriptor rule : engine.rules()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", rule.id());
            entry.put("kind", rule.kind().id());
            entry.put("title", rule.kind().title());
            entry.put("summary", rule.summary());
            Map<String, Object> thresholds = new LinkedHashMap<>();
            for (Parameter parameter : rule.parameters()) {
                thresholds.put(parameter.id(), ResultJson.ratio(parameters.get(parameter)));
            }
            entry.put("parameters", thresholds);
            entry.put("documentation", rule.documentation());
            rules.add(entry);
        }
        switch (format) {
            case JSON -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("engine", engine.id());
                json.put("engine_version", engine.version());
                json.put("preset", parameters.preset().id());
                json.put("rules", rules);
                output.json(json);
            }
            case TEXT -> output.text(text(engine, parameters));
        }
        return ExitCodes.OK;
    }

    private static String text(Engine engine, Parameters parameters) {
        StringBuilder text = new StringBuilder();
        text.append(engine.id())
                .append(' ')
                .append(engine.version())
                .append(": ")
                .append(engine.rules().size())
                .append(" rules (preset ")
                .append(parameters.preset().id())
                .append(")\n\n");
        for (RuleDescriptor rule : engine.rules()) {
            text.append(rule.id())
                    .append(" — ")
                    .append(rule.kind().title())
                    .append(" (")
                    .append(rule.kind().id())
                    .append(")\n  ")
                    .append(rule.summary())
                    .append('\n');
            if (!rule.parameters().isEmpty()) {
                List<String> pairs = new ArrayList<>();
                for (Parameter parameter : rule.parameters()) {
                    pairs.add(parameter.id() + " = "
                            + ResultJson.ratio(parameters.get(parameter)).toPlainString());
                }
                text.append("  thresholds: ").append(String.join(", ", pairs)).append('\n');
            }
            text.append("  docs: ").append(rule.documentation()).append("\n\n");
        }
        return text.toString();
    }
}
