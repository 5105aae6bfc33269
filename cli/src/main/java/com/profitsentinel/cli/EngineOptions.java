package com.profitsentinel.cli;

import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.Engine;
import com.profitsentinel.engine.analysis.FindingListener;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.rule.Parameters;
import com.profitsentinel.engine.rule.Preset;
import com.profitsentinel.engine.rules.Engines;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** Which engine runs and with which thresholds, shared by {@code analyze} and {@code explain}. */
final class EngineOptions {
    @Option(
            names = "--engine",
            paramLabel = "ID",
            description = "Detection engine: sentinel (default) or legacy (reproduces the old system).")
    String engine = Engines.DEFAULT;

    @Option(
            names = "--preset",
            paramLabel = "NAME",
            description = "Thresholds: conservative, standard (default) or aggressive.")
    String preset = Preset.STANDARD.id();

    Engine engine() {
        return Engines.require(engine.strip().toLowerCase(Locale.ROOT));
    }

    Parameters parameters() {
        Preset chosen = Preset.byId(preset.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new ProfitSentinelException(
                        ErrorCode.INVALID_PARAMETER,
                        "--preset must be one of "
                                + Arrays.stream(Preset.values()).map(Preset::id).collect(Collectors.joining(", "))
                                + ", not \"" + preset + "\".",
                        Map.of("parameter", "preset")));
        return Parameters.of(chosen);
    }

    AnalysisContext context(LocalDate asOf, FindingListener listener, int retainedFindings) {
        return new AnalysisContext(asOf, parameters(), Optional.empty(), listener, retainedFindings);
    }
}
