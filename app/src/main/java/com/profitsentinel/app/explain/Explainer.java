package com.profitsentinel.app.explain;

import com.profitsentinel.app.output.ResultJson;
import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.finding.FindingKind;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.rootcause.Cause;
import com.profitsentinel.engine.rootcause.Diagnosis;
import com.profitsentinel.engine.rootcause.EvidenceRule;
import com.profitsentinel.engine.rootcause.EvidenceRules;
import com.profitsentinel.engine.rootcause.EvidenceScorer;
import com.profitsentinel.engine.rootcause.FactConditions;
import com.profitsentinel.engine.rootcause.Hypothesis;
import com.profitsentinel.engine.rootcause.ProofNode;
import com.profitsentinel.engine.rootcause.SkuFacts;
import com.profitsentinel.engine.rule.Parameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds explanations from evidence and answers "why" goals (api.md §5.5). Pure: no I/O, no clock. */
public final class Explainer {
    private static final Pattern GOAL = Pattern.compile(
            "^\\s*(cause|root_cause|fact)\\s*\\(\\s*([A-Za-z_]+)\\s*\\)\\s*$", Pattern.CASE_INSENSITIVE);

    private Explainer() {}

    /** The leak type or legacy primitive with this id. */
    public static Optional<FindingKind> kind(String id) {
        for (LeakType type : LeakType.values()) {
            if (type.id().equals(id)) {
                return Optional.of(type);
            }
        }
        return LegacyPrimitive.byId(id).map(primitive -> (FindingKind) primitive);
    }

    /** The facts a kind's root cause may use: its own for leak types, all for legacy primitives. */
    public static Set<Fact> factsUsed(FindingKind kind) {
        return kind instanceof LeakType type ? EvidenceRules.usedBy(type) : EvidenceRules.allFacts();
    }

    /** The fact with this id ({@code negative_qty}), any case. */
    public static Optional<Fact> fact(String id) {
        for (Fact fact : Fact.values()) {
            if (fact.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(fact);
            }
        }
        return Optional.empty();
    }

    /** The cause with this id, any case; CamelCase names ({@code VendorIncrease}) are accepted as aliases. */
    public static Optional<Cause> cause(String id) {
        String wanted = id.strip().replace("_", "").toLowerCase(Locale.ROOT);
        for (Cause cause : Cause.values()) {
            if (cause.id().replace("_", "").equals(wanted)
                    || cause.displayName()
                            .replace(" ", "")
                            .toLowerCase(Locale.ROOT)
                            .equals(wanted)) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    /**
     * The short root cause of a stored diagnosis JSON object ({@code root_cause}, {@code confidence}, ...): {@code cause,
     * display_name, confidence, ambiguity, needs_review}; empty when no cause is named.
     */
    public static Optional<Map<String, Object>> rootCauseSummary(@org.jspecify.annotations.Nullable Object diagnosis) {
        if (!(diagnosis instanceof Map<?, ?> map) || !(map.get("root_cause") instanceof String cause)) {
            return Optional.empty();
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("cause", cause);
        summary.put("display_name", cause(cause).map(Cause::displayName).orElse(cause));
        summary.put("confidence", map.get("confidence"));
        summary.put("ambiguity", map.get("ambiguity"));
        summary.put("needs_review", map.get("needs_review"));
        return Optional.of(summary);
    }

    /** Scores the SKUs' evidence as one group (§9.4) and builds the proof tree (§9.7). */
    public static Explanation explain(FindingKind kind, List<SkuFacts> skus, Parameters parameters) {
        Set<Fact> used = factsUsed(kind);
        List<Set<Fact>> factsPerSku = new ArrayList<>(skus.size());
        for (SkuFacts sku : skus) {
            factsPerSku.add(Set.copyOf(sku.observed().keySet()));
        }
        Diagnosis diagnosis = EvidenceScorer.scoreGroup(factsPerSku, used, parameters);
        ProofNode tree = EvidenceScorer.proofTree(diagnosis, skus, used, parameters);
        return new Explanation(kind, skus, used, parameters, diagnosis, tree);
    }

    /** {@code qty_on_hand = -47} → {@code -47}; values naming several fields stay whole. */
    public static String bare(String observed) {
        int equals = observed.indexOf(" = ");
        if (equals < 0 || observed.indexOf(" = ", equals + 3) >= 0) {
            return observed;
        }
        return observed.substring(equals + 3);
    }

    /** A proof node as JSON ({@code ProofNode} of api.md §5.5). */
    public static Map<String, Object> node(ProofNode node) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", node.kind());
        json.put("statement", node.statement());
        if (!Double.isNaN(node.confidence())) {
            json.put("confidence", ResultJson.ratio(node.confidence()));
        }
        if (!Double.isNaN(node.weight())) {
            json.put("weight", ResultJson.ratio(node.weight()));
        }
        if (!node.value().isEmpty()) {
            json.put("value", node.value());
        }
        if (!node.children().isEmpty()) {
            json.put("children", node.children().stream().map(Explainer::node).toList());
        }
        return json;
    }

    /** A goal that could not be answered: it does not parse or names an unknown cause or fact. */
    public static final class UnknownGoalException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnknownGoalException(String message) {
            super(message);
        }
    }

    /**
     * Walks the proof backwards from a goal (api.md §5.5 {@code why}): for {@code cause(x)} the cause (rank and score,
     * or "not supported"), its rules and their facts with the observed values; for {@code fact(f)} the fact's
     * condition, the observed values and the rules it feeds.
     *
     * @throws UnknownGoalException when the goal does not parse or names an unknown cause or fact
     */
    public static Map<String, Object> why(Explanation explanation, String goal) {
        Matcher matcher = GOAL.matcher(goal);
        if (!matcher.matches()) {
            throw new UnknownGoalException("goal must be cause(<cause>) or fact(<fact>), not \"" + goal + "\".");
        }
        String function = matcher.group(1).toLowerCase(Locale.ROOT);
        String argument = matcher.group(2);
        List<Map<String, Object>> steps = new ArrayList<>();
        boolean holds;
        String normalized;
        if (function.equals("fact")) {
            Fact fact =
                    fact(argument).orElseThrow(() -> new UnknownGoalException("unknown fact \"" + argument + "\"."));
            normalized = "fact(" + fact.id() + ")";
            List<String> observed = observed(explanation, fact);
            holds = !observed.isEmpty();
            steps.add(step(
                    steps.size() + 1,
                    "fact",
                    condition(fact, explanation),
                    Double.NaN,
                    observed.isEmpty() ? "" : String.join(", ", observed),
                    holds));
            for (Cause cause : Cause.values()) {
                Optional<EvidenceRule> rule = EvidenceRules.rule(fact, cause);
                if (rule.isPresent()) {
                    steps.add(step(
                            steps.size() + 1,
                            "rule",
                            statement(rule.get()),
                            rule.get().weight(),
                            "",
                            holds));
                }
            }
        } else {
            Cause cause =
                    cause(argument).orElseThrow(() -> new UnknownGoalException("unknown cause \"" + argument + "\"."));
            normalized = "cause(" + cause.id() + ")";
            Optional<Hypothesis> hypothesis = explanation.diagnosis().hypotheses().stream()
                    .filter(candidate -> candidate.cause() == cause)
                    .findFirst();
            holds = hypothesis.isPresent() && hypothesis.get().score() > 0;
            String statement = hypothesis
                    .map(found -> "#" + found.rank() + " " + cause.displayName() + ": score "
                            + ResultJson.ratio(found.score()) + " from " + found.evidenceCount() + " SKU(s)")
                    .orElse(cause.displayName() + ": not supported (no evidence gives it a positive score)");
            steps.add(step(steps.size() + 1, "cause", statement, Double.NaN, "", holds));
            for (Fact fact : Fact.values()) {
                Optional<EvidenceRule> rule = EvidenceRules.rule(fact, cause);
                List<String> observed =
                        explanation.factsUsed().contains(fact) ? observed(explanation, fact) : List.of();
                if (rule.isEmpty() || observed.isEmpty()) {
                    continue;
                }
                steps.add(step(
                        steps.size() + 1,
                        "rule",
                        statement(rule.get()),
                        rule.get().weight(),
                        "",
                        true));
                steps.add(step(
                        steps.size() + 1,
                        "fact",
                        condition(fact, explanation),
                        Double.NaN,
                        String.join(", ", observed),
                        true));
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("goal", normalized);
        answer.put("holds", holds);
        answer.put("steps", steps);
        return answer;
    }

    /** {@code negative_qty: qty_on_hand < 0}: a fact with its condition under the explanation's thresholds. */
    private static String condition(Fact fact, Explanation explanation) {
        return fact.id() + ": " + FactConditions.condition(fact, explanation.parameters());
    }

    private static List<String> observed(Explanation explanation, Fact fact) {
        List<String> observed = new ArrayList<>();
        for (SkuFacts sku : explanation.skus()) {
            String value = sku.observed().get(fact);
            if (value != null) {
                observed.add(sku.sku() + " = " + value);
            }
        }
        return observed;
    }

    private static String statement(EvidenceRule rule) {
        String display = rule.cause().displayName();
        String weight = ResultJson.ratio(rule.weight()).toPlainString();
        return rule.supports()
                ? rule.fact().id() + " supports " + display + " (+" + weight + ")"
                : rule.fact().id() + " is counter-evidence for " + display + " (" + weight + ")";
    }

    private static Map<String, Object> step(
            int number, String kind, String statement, double weight, String value, boolean holds) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("step", number);
        step.put("kind", kind);
        step.put("statement", statement);
        if (!Double.isNaN(weight)) {
            step.put("weight", ResultJson.ratio(weight));
        }
        if (!value.isEmpty()) {
            step.put("value", value);
        }
        step.put("holds", holds);
        return step;
    }
}
