package com.profitsentinel.engine.analysis;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.projection.LegacyResponse;
import com.profitsentinel.engine.rootcause.Diagnosis;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an engine found (engine.md §4): findings in a deterministic order, groups with their root causes, store-level
 * hypotheses, data-quality findings and the summary.
 *
 * @param engine engine id
 * @param engineVersion engine version
 * @param asOf analysis date
 * @param preset the preset's name
 * @param parameters effective store-level parameter values
 * @param findings leak findings (DATA_QUALITY excluded), by store, kind, then record order
 * @param dataQuality DATA_QUALITY findings
 * @param groups groups of leak findings, by store then kind
 * @param storeDiagnoses store → store-level hypotheses (§9.5)
 * @param summary the figures
 * @param legacyResponse the legacy result object, when the engine produces it itself (the {@code legacy} engine)
 * @param memberImpacts annual profit at risk of every group member, retained or not (for the digest's
 *     de-duplicated total over the members of selected groups, §7.2)
 */
public record AnalysisResult(
        String engine,
        String engineVersion,
        LocalDate asOf,
        String preset,
        Map<String, Double> parameters,
        List<Finding> findings,
        List<Finding> dataQuality,
        List<Group> groups,
        Map<String, Diagnosis> storeDiagnoses,
        Summary summary,
        Optional<LegacyResponse> legacyResponse,
        MemberImpacts memberImpacts) {

    public AnalysisResult {
        requireNonNull(engine, "engine is null");
        requireNonNull(engineVersion, "engineVersion is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(preset, "preset is null");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        findings = List.copyOf(findings);
        dataQuality = List.copyOf(dataQuality);
        groups = List.copyOf(groups);
        storeDiagnoses = Collections.unmodifiableMap(new LinkedHashMap<>(storeDiagnoses));
        requireNonNull(summary, "summary is null");
        requireNonNull(legacyResponse, "legacyResponse is null");
        requireNonNull(memberImpacts, "memberImpacts is null");
    }

    /** A result whose findings are all retained: the impacts come from them. */
    public AnalysisResult(
            String engine,
            String engineVersion,
            LocalDate asOf,
            String preset,
            Map<String, Double> parameters,
            List<Finding> findings,
            List<Finding> dataQuality,
            List<Group> groups,
            Map<String, Diagnosis> storeDiagnoses,
            Summary summary,
            Optional<LegacyResponse> legacyResponse) {
        this(
                engine,
                engineVersion,
                asOf,
                preset,
                parameters,
                findings,
                dataQuality,
                groups,
                storeDiagnoses,
                summary,
                legacyResponse,
                MemberImpacts.of(findings));
    }

    /** Finding ID → annual profit at risk of every group member (built on demand; large for large inputs). */
    public Map<String, Double> impactByFindingId() {
        return memberImpacts.byFindingId(groups);
    }

    /** The finding with this ID. */
    public Optional<Finding> finding(String findingId) {
        for (Finding finding : findings) {
            if (finding.findingId().equals(findingId)) {
                return Optional.of(finding);
            }
        }
        for (Finding finding : dataQuality) {
            if (finding.findingId().equals(findingId)) {
                return Optional.of(finding);
            }
        }
        return Optional.empty();
    }
}
