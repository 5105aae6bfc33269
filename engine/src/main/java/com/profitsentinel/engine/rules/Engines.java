package com.profitsentinel.engine.rules;

import com.profitsentinel.engine.analysis.Engine;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.rules.legacy.LegacyEngine;
import com.profitsentinel.engine.rules.sentinel.SentinelEngine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The registered engines (engine.md §1), by id: {@code legacy} (v1, reproduces the old system) and {@code sentinel}
 * (v2, the default). Every caller — CLI, server, Spark — finds engines here.
 */
public final class Engines {
    /** The engine used when none is named. */
    public static final String DEFAULT = SentinelEngine.ID;

    private static final List<Engine> ALL = List.of(new LegacyEngine(), new SentinelEngine());

    private Engines() {}

    /** Every engine, sorted by id. */
    public static List<Engine> all() {
        return ALL;
    }

    /** The engine with this id. */
    public static Optional<Engine> byId(String id) {
        return ALL.stream().filter(engine -> engine.id().equals(id)).findFirst();
    }

    /**
     * The engine with this id.
     *
     * @throws ProfitSentinelException {@code INVALID_PARAMETER} naming the known engines
     */
    public static Engine require(String id) {
        return byId(id).orElseThrow(() -> new ProfitSentinelException(
                ErrorCode.INVALID_PARAMETER,
                "Unknown engine \"" + id + "\"; known engines: "
                        + ALL.stream().map(Engine::id).collect(Collectors.joining(", ")) + ".",
                Map.of("parameter", "engine")));
    }
}
