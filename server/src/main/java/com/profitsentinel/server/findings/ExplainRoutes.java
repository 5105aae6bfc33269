package com.profitsentinel.server.findings;

import com.profitsentinel.app.explain.Explainer;
import com.profitsentinel.app.explain.Explanation;
import com.profitsentinel.app.findings.FindingView;
import com.profitsentinel.app.findings.GroupView;
import com.profitsentinel.app.history.AnalysisRecord;
import com.profitsentinel.app.output.ResultJson;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.finding.FindingKind;
import com.profitsentinel.engine.rootcause.Cause;
import com.profitsentinel.engine.rootcause.Diagnosis;
import com.profitsentinel.engine.rootcause.EvidenceRule;
import com.profitsentinel.engine.rootcause.EvidenceRules;
import com.profitsentinel.engine.rootcause.Hypothesis;
import com.profitsentinel.engine.rootcause.SkuFacts;
import com.profitsentinel.engine.rule.Parameters;
import com.profitsentinel.engine.rule.Preset;
import com.profitsentinel.server.Services;
import com.profitsentinel.server.auth.Caller;
import com.profitsentinel.server.auth.Callers;
import com.profitsentinel.server.http.Json;
import com.profitsentinel.server.http.JsonBodies;
import com.profitsentinel.server.http.Responses;
import com.profitsentinel.server.http.Route;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Explain and why (api.md §5.5) for stored findings and groups: the diagnosis is recomputed with the transparent scorer
 * from the evidence stored with each finding, under the preset the analysis ran with, so it works for either engine.
 */
public final class ExplainRoutes {
    /** The most group members whose evidence is scored. */
    private static final int MAX_MEMBERS = 25_000;

    private static final int MAX_OBSERVED = 10;

    private final Services services;
    private final Callers callers;

    public ExplainRoutes(Services services, Callers callers) {
        this.services = services;
        this.callers = callers;
    }

    public List<Route> routes() {
        String member = "any member (viewer and above)";
        return List.of(
                Route.get(
                        "/api/v1/explain/{id}",
                        "explain",
                        "Why a finding or group was raised: evidence, competing hypotheses and the proof tree",
                        "v1",
                        member,
                        "Explanation",
                        List.of(404),
                        this::explain),
                new Route(
                        "POST",
                        "/api/v1/explain/{id}/why",
                        "why",
                        "Walk the proof back from a goal ({goal: \"cause(<cause>)\" | \"fact(<fact>)\"})",
                        "v1",
                        member,
                        Route.Body.JSON,
                        200,
                        Optional.of("WhyAnswer"),
                        List.of(404, 422),
                        this::why));
    }

    /** What is explained: a finding or a group, with the evidence of its SKUs. */
    private record Subject(
            String id,
            String kind,
            String storeId,
            FindingKind findingKind,
            Object annualProfitAtRisk,
            Explanation explanation) {}

    private void explain(Context context) {
        Caller caller = callers.of(context);
        Subject subject = subject(caller, Responses.path(context, "id"));
        Explanation explanation = subject.explanation();
        Diagnosis diagnosis = explanation.diagnosis();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", subject.id());
        answer.put("kind", subject.kind());
        answer.put("leak_type", subject.findingKind().id());
        answer.put("store_id", subject.storeId());
        answer.put("annual_profit_at_risk", subject.annualProfitAtRisk());
        Optional<Cause> cause = diagnosis.rootCause();
        answer.put("root_cause", cause.map(Cause::id).orElse(null));
        answer.put("root_cause_display", cause.map(Cause::displayName).orElse(null));
        answer.put("confidence", ResultJson.ratio(diagnosis.confidence()));
        answer.put("ambiguity", ResultJson.ratio(diagnosis.ambiguity()));
        answer.put("support", ResultJson.ratio(diagnosis.support()));
        answer.put("agreement", ResultJson.ratio(diagnosis.agreement()));
        answer.put("needs_review", diagnosis.needsReview());
        answer.put("review_reason", diagnosis.reviewReason().orElse(null));
        Map<String, Object> factsUsed = new LinkedHashMap<>();
        diagnosis.factsUsed().forEach((fact, count) -> factsUsed.put(fact.id(), count));
        answer.put("facts_used", factsUsed);
        answer.put("evidence", evidence(explanation));
        answer.put("hypotheses", ResultJson.diagnosis(diagnosis).get("hypotheses"));
        answer.put("proof_tree", Explainer.node(explanation.proofTree()));
        Optional<Cause> top = cause.or(() -> diagnosis.top().map(Hypothesis::cause));
        answer.put("recommendations", top.map(Cause::recommendations).orElse(List.of()));
        answer.put("rendered_text", rendered(subject, diagnosis));
        Responses.json(context, 200, answer);
    }

    private void why(Context context) {
        Caller caller = callers.of(context);
        String id = Responses.path(context, "id");
        Subject subject = subject(caller, id);
        Map<String, Object> body = JsonBodies.object(context, List.of("goal"));
        String goal = body.get("goal") instanceof String text ? text : "";
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", subject.id());
        try {
            answer.putAll(Explainer.why(subject.explanation(), goal));
        } catch (Explainer.UnknownGoalException e) {
            throw Responses.invalidField("goal", "invalid_value", String.valueOf(e.getMessage()));
        }
        Responses.json(context, 200, answer);
    }

    private Subject subject(Caller caller, String id) {
        Optional<FindingView> finding = services.findings().find(caller.tenant(), id);
        if (finding.isPresent()) {
            FindingView view = finding.get();
            FindingKind kind = kind(view.finding().leakType());
            Parameters parameters = parameters(caller, view.analysisId());
            Explanation explanation = Explainer.explain(kind, List.of(skuFacts(view)), parameters);
            return new Subject(
                    id, "finding", view.storeId(), kind, view.finding().annualProfitAtRisk(), explanation);
        }
        GroupView group = services.findings()
                .group(caller.tenant(), id)
                .orElseThrow(() ->
                        new ProfitSentinelException(ErrorCode.NOT_FOUND, "No finding or group with ID '" + id + "'."));
        FindingKind kind = kind(group.group().leakType());
        List<SkuFacts> skus = new ArrayList<>();
        for (FindingView member : services.findings().members(caller.tenant(), group, MAX_MEMBERS)) {
            skus.add(skuFacts(member));
        }
        Explanation explanation = Explainer.explain(kind, skus, parameters(caller, group.analysisId()));
        return new Subject(id, "group", group.storeId(), kind, group.group().annualProfitAtRisk(), explanation);
    }

    private static FindingKind kind(String leakType) {
        return Explainer.kind(leakType)
                .orElseThrow(() -> new ProfitSentinelException(
                        ErrorCode.INTERNAL_ERROR, "a stored finding has an unknown leak type " + leakType));
    }

    /** The thresholds of the preset the analysis ran with (they appear in the fact conditions). */
    private Parameters parameters(Caller caller, String analysisId) {
        Preset preset = services.analyses()
                .find(caller.tenant(), analysisId)
                .map(AnalysisRecord::preset)
                .flatMap(Preset::byId)
                .orElse(Preset.STANDARD);
        return Parameters.of(preset);
    }

    /** A stored finding's SKU with the observed value of each true fact of its evidence. */
    private static SkuFacts skuFacts(FindingView view) {
        Map<Fact, String> observed = new EnumMap<>(Fact.class);
        Object evidence = Json.object(view.finding().document()).get("evidence");
        if (evidence instanceof Map<?, ?> map && map.get("facts") instanceof List<?> facts) {
            for (Object item : facts) {
                if (item instanceof Map<?, ?> fact
                        && fact.get("fact") instanceof String name
                        && fact.get("observed") instanceof String value) {
                    Explainer.fact(name).ifPresent(found -> observed.put(found, Explainer.bare(value)));
                }
            }
        }
        return new SkuFacts(view.finding().sku(), observed);
    }

    /** Per used fact: for which SKUs it holds, up to 10 observed values, its threshold and why it matters. */
    private static List<Map<String, Object>> evidence(Explanation explanation) {
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            if (!explanation.factsUsed().contains(fact)) {
                continue;
            }
            List<Map<String, Object>> observed = new ArrayList<>();
            int trueFor = 0;
            for (SkuFacts sku : explanation.skus()) {
                String value = sku.observed().get(fact);
                if (value == null) {
                    continue;
                }
                trueFor++;
                if (observed.size() < MAX_OBSERVED) {
                    observed.add(Map.of("sku", sku.sku(), "value", value));
                }
            }
            if (trueFor == 0) {
                continue;
            }
            List<String> rationale = new ArrayList<>();
            for (Cause cause : Cause.values()) {
                EvidenceRules.rule(fact, cause).map(EvidenceRule::rationale).ifPresent(rationale::add);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("fact", fact.id());
            entry.put("true_for_skus", trueFor);
            entry.put("observed", observed);
            entry.put(
                    "threshold",
                    com.profitsentinel.engine.rootcause.FactConditions.condition(fact, explanation.parameters()));
            entry.put("rationale", String.join("; ", rationale));
            evidence.add(entry);
        }
        return evidence;
    }

    private static String rendered(Subject subject, Diagnosis diagnosis) {
        StringBuilder text = new StringBuilder();
        text.append(subject.findingKind().title())
                .append(" (")
                .append(subject.kind())
                .append(' ')
                .append(subject.id())
                .append("): ");
        if (diagnosis.rootCause().isPresent()) {
            text.append("most likely ")
                    .append(diagnosis.rootCause().get().displayName())
                    .append(" (confidence ")
                    .append(ResultJson.ratio(diagnosis.confidence()).toPlainString())
                    .append(").");
        } else {
            text.append("no single cause stands out.");
        }
        for (Hypothesis hypothesis : diagnosis.hypotheses()) {
            text.append("\n#")
                    .append(hypothesis.rank())
                    .append(' ')
                    .append(hypothesis.cause().displayName())
                    .append(": score ")
                    .append(ResultJson.ratio(hypothesis.score()).toPlainString())
                    .append(", ")
                    .append(hypothesis.evidenceCount())
                    .append(" SKU(s)");
        }
        if (diagnosis.needsReview()) {
            text.append("\nNeeds review: ").append(diagnosis.reviewReason().orElse("yes"));
        }
        return text.toString();
    }
}
