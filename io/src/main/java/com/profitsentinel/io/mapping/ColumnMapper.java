package com.profitsentinel.io.mapping;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.io.table.Notice;
import com.profitsentinel.io.value.NumberParser;
import com.profitsentinel.io.value.NumberResult;
import com.profitsentinel.io.value.NumberStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Suggests the mapping of a file's columns to canonical fields (columns.md §6): POS profile detection (§8), candidate
 * scores from overrides, saved choices, the profile's header table, exact aliases, fuzzy matches and value sniffing
 * (§6.3), pinning (§6.4), one global maximum-score assignment (§6.5) and the follow-up decisions (§6.6). The result
 * does not depend on the order of the columns and never maps a field twice.
 */
public final class ColumnMapper {
    private static final double MINIMUM_SCORE = 0.50;
    private static final double NEGATIVE_BONUS = 0.02;
    private static final List<CanonicalField> FIELDS = List.of(CanonicalField.values());
    private static final String EXTENDED = "extended";

    private ColumnMapper() {}

    /**
     * Maps the columns of one file.
     *
     * @throws ProfitSentinelException {@code UNKNOWN_COLUMN}, {@code UNKNOWN_FIELD} or {@code DUPLICATE_TARGET} when
     *     the overrides are invalid
     */
    public static ColumnMapping map(MappingRequest request) {
        return new Run(request).mapping();
    }

    /** Detects the POS profile of a header row (columns.md §8): most marker hits wins, ties go to the earlier one. */
    public static Optional<DetectedProfile> detect(List<String> headers) {
        @Nullable DetectedProfile best = null;
        int bestHits = 0;
        for (PosProfile profile : PosProfiles.all()) {
            Optional<DetectedProfile> detected = detect(profile, headers);
            if (detected.isPresent() && detected.get().markersFound().size() > bestHits) {
                best = detected.get();
                bestHits = detected.get().markersFound().size();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether {@code profile} is detected in the headers, with the markers found. */
    static Optional<DetectedProfile> detect(PosProfile profile, List<String> headers) {
        if (!profile.exactHeaders().isEmpty()) {
            List<String> clean = headers.stream().map(HeaderKeys::clean).toList();
            return clean.equals(profile.exactHeaders())
                    ? Optional.of(new DetectedProfile(profile, clean))
                    : Optional.empty();
        }
        if (profile.markers().isEmpty()
                && profile.literalMarkers().isEmpty()
                && profile.markerPatterns().isEmpty()) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        int ownHits = 0;
        boolean requiredPresent = profile.requiredMarkers().isEmpty();
        Set<String> plainKeys = new HashSet<>();
        for (String header : headers) {
            String plain = HeaderKeys.plainKey(header);
            if (!plainKeys.add(plain)) {
                continue;
            }
            boolean literal =
                    profile.literalMarkers().contains(HeaderKeys.clean(header).toLowerCase(java.util.Locale.ROOT));
            if (profile.markers().contains(plain) || literal) {
                found.add(header);
                ownHits++;
            } else if (profile.requiredMarkers().contains(plain)) {
                found.add(header);
                requiredPresent = true;
            }
        }
        for (java.util.regex.Pattern pattern : profile.markerPatterns()) {
            for (String header : headers) {
                if (pattern.matcher(HeaderKeys.clean(header)).matches()) {
                    found.add(header);
                    ownHits++;
                    break;
                }
            }
        }
        if (ownHits < profile.minimumMarkers() || !requiredPresent) {
            return Optional.empty();
        }
        return Optional.of(new DetectedProfile(profile, found));
    }

    /** One mapping computation; holds the per-column state. */
    private static final class Run {
        private final MappingRequest request;
        private final List<String> headers;
        private final List<String> keys;
        private final List<ColumnValues> values;
        private final Optional<DetectedProfile> profile;
        private final int columnCount;
        /** Pinned decisions by column. */
        private final Map<Integer, MappingDecision> pinned = new HashMap<>();
        /** Fields pinned by overrides or saved choices. */
        private final Set<CanonicalField> pinnedFields = new HashSet<>();
        /** Candidate scores, their sources and demotions, by column. */
        private final List<Candidates> candidates = new ArrayList<>();

        private final List<Notice> notices = new ArrayList<>();

        Run(MappingRequest request) {
            this.request = request;
            this.headers = request.headers();
            this.columnCount = headers.size();
            this.keys = headers.stream().map(HeaderKeys::key).toList();
            List<ColumnValues> columnValues = new ArrayList<>(columnCount);
            for (int column = 0; column < columnCount; column++) {
                columnValues.add(ColumnValues.of(request.column(column), request.dates()));
            }
            this.values = columnValues;
            for (int column = 0; column < columnCount; column++) {
                candidates.add(new Candidates());
            }
            this.profile = switch (request.profileChoice()) {
                case ProfileChoice.Detect ignored -> detect(headers);
                case ProfileChoice.Generic ignored -> Optional.empty();
                case ProfileChoice.Forced forced ->
                    Optional.of(
                            detect(forced.profile(), headers).orElse(new DetectedProfile(forced.profile(), List.of())));
            };
        }

        ColumnMapping mapping() {
            applyPresets();
            applyOverrides();
            applySaved();
            for (int column = 0; column < columnCount; column++) {
                if (!pinned.containsKey(column)) {
                    scoreColumn(column);
                }
            }
            Map<Integer, CanonicalField> assigned = assign();
            List<MappingDecision> decisions = new ArrayList<>(columnCount);
            for (int column = 0; column < columnCount; column++) {
                decisions.add(decide(column, assigned.get(column)));
            }
            return finish(decisions);
        }

        private void applyPresets() {
            request.presetColumns().forEach((column, decision) -> {
                pinned.put(column, decision);
                if (decision instanceof MappingDecision.Mapped mapped) {
                    pinnedFields.add(mapped.field());
                }
            });
            if (!request.presetColumns().isEmpty()) {
                // a file with a column per store: the per-store columns win over any store column (columns.md §7.1)
                pinnedFields.add(CanonicalField.STORE_ID);
            }
        }

        private void applyOverrides() {
            Map<CanonicalField, String> targetColumns = new LinkedHashMap<>();
            for (Map.Entry<String, Optional<String>> entry : request.overrides().entrySet()) {
                String wanted = HeaderKeys.clean(entry.getKey());
                int column = headers.stream().map(HeaderKeys::clean).toList().indexOf(wanted);
                if (column < 0) {
                    throw new ProfitSentinelException(
                            ErrorCode.UNKNOWN_COLUMN, "Column \"" + entry.getKey() + "\" is not in the file.");
                }
                if (entry.getValue().isEmpty()) {
                    pinned.put(
                            column,
                            new MappingDecision.Unmapped(
                                    headers.get(column), column, List.of(), MappingSource.OVERRIDE));
                    continue;
                }
                String target = entry.getValue().get();
                if (target.equals(EXTENDED)) {
                    pinned.put(
                            column, new MappingDecision.Extended(headers.get(column), column, MappingSource.OVERRIDE));
                    continue;
                }
                CanonicalField field = CanonicalField.byId(target)
                        .or(() -> LegacyNames.field(target))
                        .orElseThrow(() -> new ProfitSentinelException(
                                ErrorCode.UNKNOWN_FIELD,
                                "\"" + target + "\" is not a mapping target. Valid targets: "
                                        + String.join(", ", CanonicalField.ids()) + ", extended."));
                String previous = targetColumns.put(field, entry.getKey());
                if (previous != null) {
                    throw new ProfitSentinelException(
                            ErrorCode.DUPLICATE_TARGET,
                            "Columns \"" + previous + "\" and \"" + entry.getKey() + "\" are both mapped to \""
                                    + field.id() + "\"; each target can be used only once.");
                }
                pinned.put(
                        column,
                        new MappingDecision.Mapped(headers.get(column), column, field, 1.0, MappingSource.OVERRIDE));
                pinnedFields.add(field);
            }
        }

        private void applySaved() {
            for (int column = 0; column < columnCount; column++) {
                String target = request.saved().get(keys.get(column));
                if (target == null || pinned.containsKey(column)) {
                    continue;
                }
                if (target.equals(EXTENDED)) {
                    pinned.put(column, new MappingDecision.Extended(headers.get(column), column, MappingSource.SAVED));
                    continue;
                }
                Optional<CanonicalField> field = CanonicalField.byId(target);
                if (field.isPresent() && pinnedFields.add(field.get())) {
                    pinned.put(
                            column,
                            new MappingDecision.Mapped(
                                    headers.get(column), column, field.get(), 1.0, MappingSource.SAVED));
                }
            }
        }

        private void scoreColumn(int column) {
            Optional<ProfileHeader> profileHeader =
                    profile.flatMap(detected -> detected.profile().lookup(headers.get(column)));
            if (profileHeader.isPresent()) {
                scoreProfileHeader(column, profileHeader.get());
                return;
            }
            String key = keys.get(column);
            AliasTable aliases = AliasTable.generic();
            List<AliasTable.Alias> exact = aliases.exact(key);
            if (exact.isEmpty() && aliases.isExtended(key)) {
                pinned.put(column, new MappingDecision.Extended(headers.get(column), column, MappingSource.EXACT));
                return;
            }
            Map<CanonicalField, Double> scores = new EnumMap<>(CanonicalField.class);
            Map<CanonicalField, MappingSource> from = new EnumMap<>(CanonicalField.class);
            for (AliasTable.Alias alias : exact) {
                CanonicalField field = CanonicalField.byId(alias.target()).orElseThrow();
                if (field == CanonicalField.STORE_ID && key.equals("location") && !looksLikeStores(column)) {
                    continue;
                }
                offer(scores, from, field, alias.weight(), MappingSource.EXACT);
            }
            List<String> tokens = HeaderKeys.tokens(headers.get(column));
            long discriminators = Discriminators.mask(tokens);
            for (AliasTable.Alias alias : aliases.all()) {
                if (alias.discriminators() != discriminators
                        || !diceCanReach(tokens.size(), alias.tokens().size())) {
                    continue;
                }
                double dice = dice(tokens, alias.tokens());
                if (dice >= 0.75) {
                    CanonicalField field = CanonicalField.byId(alias.target()).orElseThrow();
                    offer(scores, from, field, 0.80 * dice, MappingSource.FUZZY);
                }
            }
            boolean named = scores.values().stream().anyMatch(score -> score >= MINIMUM_SCORE);
            if (!named) {
                sniff(column, tokens, scores, from);
            }
            store(column, scores, from);
        }

        private void scoreProfileHeader(int column, ProfileHeader header) {
            PosProfile detected = profile.orElseThrow().profile();
            Map<CanonicalField, Double> scores = new EnumMap<>(CanonicalField.class);
            Map<CanonicalField, MappingSource> from = new EnumMap<>(CanonicalField.class);
            double score = detected.score(header.alternativeRank());
            switch (header.target()) {
                case ProfileTarget.Extended ignored -> {
                    pinned.put(
                            column, new MappingDecision.Extended(headers.get(column), column, MappingSource.PROFILE));
                    return;
                }
                case ProfileTarget.Location ignored -> {
                    CanonicalField field =
                            looksLikeStores(column) ? CanonicalField.STORE_ID : CanonicalField.BIN_LOCATION;
                    offer(scores, from, field, score, MappingSource.PROFILE);
                }
                case ProfileTarget.Field field -> offer(scores, from, field.field(), score, MappingSource.PROFILE);
            }
            candidates.get(column).profileRank = header.alternativeRank();
            store(column, scores, from);
        }

        /** The location rule (§6.3): few, repeated values look like stores; many distinct ones look like bins. */
        private boolean looksLikeStores(int column) {
            ColumnValues columnValues = values.get(column);
            return columnValues.distinct() <= 50 && columnValues.rowsPerValue() >= 5;
        }

        private void sniff(
                int column,
                List<String> tokens,
                Map<CanonicalField, Double> scores,
                Map<CanonicalField, MappingSource> from) {
            ColumnValues columnValues = values.get(column);
            if (columnValues.count() == 0) {
                return;
            }
            Set<String> words = new HashSet<>(tokens);
            if (columnValues.barcodeShare() >= 0.90) {
                offer(scores, from, CanonicalField.BARCODE, 0.60, MappingSource.SNIFF);
            }
            boolean dateWords = words.contains("sale")
                    || words.contains("sold")
                    || words.contains("last")
                    || words.contains("received")
                    || words.contains("purchase")
                    || words.contains("added")
                    || words.contains("created");
            if (dateWords && columnValues.dateShare() >= 0.90) {
                if (words.contains("sale") || words.contains("sold") || words.contains("last")) {
                    offer(scores, from, CanonicalField.LAST_SALE_DATE, 0.60, MappingSource.SNIFF);
                }
                if (words.contains("received") || words.contains("purchase")) {
                    offer(scores, from, CanonicalField.LAST_RECEIPT_DATE, 0.60, MappingSource.SNIFF);
                }
                if (words.contains("added") || words.contains("created")) {
                    offer(scores, from, CanonicalField.DATE_ADDED, 0.60, MappingSource.SNIFF);
                }
            }
            if (columnValues.moneyShare() >= 0.90) {
                if (words.contains("cost")) {
                    offer(scores, from, CanonicalField.UNIT_COST, 0.55, MappingSource.SNIFF);
                }
                if (words.contains("price") || words.contains("retail") || words.contains("sell")) {
                    offer(scores, from, CanonicalField.RETAIL_PRICE, 0.55, MappingSource.SNIFF);
                }
            }
            if (columnValues.integerShare() >= 0.90
                    && (words.contains("stock")
                            || words.contains("hand")
                            || words.contains("qty")
                            || words.contains("inventory"))) {
                offer(scores, from, CanonicalField.QTY_ON_HAND, 0.55, MappingSource.SNIFF);
            }
            if (columnValues.shortCodeShare() >= 0.95
                    && (words.contains("item")
                            || words.contains("part")
                            || words.contains("code")
                            || words.contains("product")
                            || words.contains("number"))) {
                offer(scores, from, CanonicalField.SKU, 0.55, MappingSource.SNIFF);
            }
        }

        private static void offer(
                Map<CanonicalField, Double> scores,
                Map<CanonicalField, MappingSource> from,
                CanonicalField field,
                double score,
                MappingSource source) {
            Double current = scores.get(field);
            if (current == null || score > current) {
                scores.put(field, score);
                from.put(field, source);
            }
        }

        /** Applies the value compatibility adjustment and the negative-value bonus, then keeps scores ≥ 0.50. */
        private void store(int column, Map<CanonicalField, Double> scores, Map<CanonicalField, MappingSource> from) {
            ColumnValues columnValues = values.get(column);
            Map<CanonicalField, Double> kept = new EnumMap<>(CanonicalField.class);
            Set<CanonicalField> wrong = new HashSet<>();
            for (Map.Entry<CanonicalField, Double> entry : scores.entrySet()) {
                CanonicalField field = entry.getKey();
                double share = columnValues.compatibleShare(field.type());
                double multiplier = share >= 0.90 ? 1.0 : share >= 0.50 ? 0.8 : 0.5;
                double score = entry.getValue() * multiplier;
                if (field == CanonicalField.QTY_ON_HAND && columnValues.hasNegative()) {
                    score += NEGATIVE_BONUS;
                }
                score = Math.min(1.0, score);
                if (score >= MINIMUM_SCORE) {
                    kept.put(field, score);
                    MappingSource source = from.get(field);
                    if (multiplier < 1.0 && (source == MappingSource.PROFILE || source == MappingSource.EXACT)) {
                        wrong.add(field);
                    }
                }
            }
            Candidates state = candidates.get(column);
            state.scores.putAll(kept);
            state.sources.putAll(from);
            state.demoted.addAll(wrong);
        }

        /** The global assignment of §6.5 over the columns that are not pinned. */
        private Map<Integer, CanonicalField> assign() {
            List<Integer> rows = new ArrayList<>();
            for (int column = 0; column < columnCount; column++) {
                if (!candidates.get(column).scores.isEmpty()) {
                    rows.add(column);
                }
            }
            int[] columnRanks = columnRanks();
            long fieldCount = FIELDS.size();
            long columns = Math.max(1, columnCount);
            long multiplier = columns * fieldCount * Math.min(columns, fieldCount) + 1;
            long[][] weights = new long[rows.size()][FIELDS.size()];
            for (int row = 0; row < rows.size(); row++) {
                int column = rows.get(row);
                for (Map.Entry<CanonicalField, Double> entry :
                        candidates.get(column).scores.entrySet()) {
                    CanonicalField field = entry.getKey();
                    if (pinnedFields.contains(field)) {
                        continue;
                    }
                    long scoreWeight = Math.round(entry.getValue() * 1000) * multiplier;
                    long tieBreak = (columns - columnRanks[column]) * (fieldCount - (field.rank() - 1));
                    weights[row][field.rank() - 1] = scoreWeight + tieBreak;
                }
            }
            int[] solution = Assignment.maximize(weights);
            Map<Integer, CanonicalField> assigned = new HashMap<>();
            for (int row = 0; row < rows.size(); row++) {
                if (solution[row] >= 0) {
                    assigned.put(rows.get(row), FIELDS.get(solution[row]));
                }
            }
            return assigned;
        }

        /** Columns ordered by header key, then header text, then position (§6.5). */
        private int[] columnRanks() {
            List<Integer> order = new ArrayList<>();
            for (int column = 0; column < columnCount; column++) {
                order.add(column);
            }
            order.sort(Comparator.comparing((Integer column) -> keys.get(column))
                    .thenComparing(column -> headers.get(column))
                    .thenComparing(column -> column));
            int[] ranks = new int[columnCount];
            for (int rank = 0; rank < order.size(); rank++) {
                ranks[order.get(rank)] = rank;
            }
            return ranks;
        }

        private MappingDecision decide(int column, @Nullable CanonicalField field) {
            MappingDecision fixed = pinned.get(column);
            if (fixed != null) {
                return fixed;
            }
            String header = headers.get(column);
            Candidates state = candidates.get(column);
            Map<CanonicalField, Double> scores = state.scores;
            if (field != null) {
                MappingSource source = state.sources.getOrDefault(field, MappingSource.NONE);
                if (state.demoted.contains(field)) {
                    notices.add(new Notice(
                            DataQualityCode.COLUMN_LOOKS_WRONG,
                            "Column \"" + header + "\" was mapped to \"" + field.id()
                                    + "\" but its values do not look like " + kind(field.type()) + "."));
                }
                return new MappingDecision.Mapped(
                        header, column, field, round(scores.getOrDefault(field, 0.0)), source);
            }
            boolean storeColumnBesidePerStoreColumns =
                    !request.presetColumns().isEmpty() && state.scores.containsKey(CanonicalField.STORE_ID);
            if (state.profileRank > 0 || storeColumnBesidePerStoreColumns) {
                return new MappingDecision.Extended(header, column, MappingSource.PROFILE);
            }
            List<MappingDecision.Candidate> alternatives = scores.entrySet().stream()
                    .sorted(Map.Entry.<CanonicalField, Double>comparingByValue()
                            .reversed()
                            .thenComparingInt(entry -> entry.getKey().rank()))
                    .limit(3)
                    .map(entry -> new MappingDecision.Candidate(entry.getKey(), round(entry.getValue())))
                    .toList();
            return new MappingDecision.Unmapped(header, column, alternatives, MappingSource.NONE);
        }

        private ColumnMapping finish(List<MappingDecision> decisions) {
            Map<CanonicalField, MappingDecision.Mapped> byField = new EnumMap<>(CanonicalField.class);
            for (MappingDecision decision : decisions) {
                if (decision instanceof MappingDecision.Mapped mapped) {
                    byField.put(mapped.field(), mapped);
                }
            }
            List<String> legacyMissing = new ArrayList<>();
            legacyMissingIf(byField, CanonicalField.QTY_ON_HAND, "quantity", legacyMissing);
            legacyMissingIf(byField, CanonicalField.UNIT_COST, "cost", legacyMissing);
            legacyMissingIf(byField, CanonicalField.RETAIL_PRICE, "revenue", legacyMissing);
            legacyMissingIf(byField, CanonicalField.UNITS_SOLD, "sold", legacyMissing);
            legacyMissingIf(byField, CanonicalField.SKU, "sku", legacyMissing);

            Map<CanonicalField, String> fallbacks = new EnumMap<>(CanonicalField.class);
            for (CanonicalField field : FIELDS) {
                if (byField.containsKey(field)) {
                    continue;
                }
                for (CanonicalField fallback : field.fallbacks()) {
                    MappingDecision.Mapped supplier = byField.get(fallback);
                    if (supplier != null) {
                        fallbacks.put(field, supplier.header());
                        notices.add(new Notice(
                                DataQualityCode.FALLBACK_USED,
                                "No \"" + field.id() + "\" column was found; \"" + supplier.header() + "\" ("
                                        + fallback.id() + ") is used instead."));
                        break;
                    }
                }
            }
            List<ColumnMapping.MissingField> missing = new ArrayList<>();
            for (Map.Entry<CanonicalField, List<String>> entry : RECOMMENDED.entrySet()) {
                CanonicalField field = entry.getKey();
                if (!byField.containsKey(field) && !fallbacks.containsKey(field)) {
                    missing.add(new ColumnMapping.MissingField(field, entry.getValue()));
                }
            }
            Map<String, UnitsSoldPeriod> periods = new LinkedHashMap<>();
            MappingDecision.Mapped unitsSold = byField.get(CanonicalField.UNITS_SOLD);
            if (unitsSold != null) {
                UnitsSoldPeriod period = profile.flatMap(
                                detected -> detected.profile().lookup(unitsSold.header()))
                        .flatMap(ProfileHeader::period)
                        .orElseGet(() -> UnitsSoldPeriod.fromHeader(unitsSold.header()));
                if (unitsSold.source() == MappingSource.OVERRIDE || unitsSold.source() == MappingSource.SAVED) {
                    period = UnitsSoldPeriod.fromHeader(unitsSold.header());
                }
                periods.put(unitsSold.header(), period);
                if (period instanceof UnitsSoldPeriod.Assumed) {
                    notices.add(new Notice(
                            DataQualityCode.UNITS_SOLD_PERIOD_ASSUMED,
                            "The period of \"" + unitsSold.header() + "\" is unknown; it was assumed to cover "
                                    + request.assumedUnitsSoldDays()
                                    + " days. Set the period in the mapping review if this is wrong."));
                }
            }
            boolean flipped = differenceIsBookMinusCounted(byField);
            return new ColumnMapping(profile, decisions, fallbacks, missing, legacyMissing, periods, flipped, notices);
        }

        private static void legacyMissingIf(
                Map<CanonicalField, MappingDecision.Mapped> byField,
                CanonicalField field,
                String legacyName,
                List<String> missing) {
            if (!byField.containsKey(field)) {
                missing.add(legacyName);
            }
        }

        /** §6.6.5: the difference column's sign convention, judged on the sample. */
        private boolean differenceIsBookMinusCounted(Map<CanonicalField, MappingDecision.Mapped> byField) {
            MappingDecision.Mapped difference = byField.get(CanonicalField.QTY_DIFFERENCE);
            MappingDecision.Mapped counted = byField.get(CanonicalField.QTY_COUNTED);
            MappingDecision.Mapped book = byField.get(CanonicalField.QTY_ON_HAND);
            if (difference == null || counted == null || book == null) {
                return false;
            }
            int countedMinusBook = 0;
            int bookMinusCounted = 0;
            for (List<String> row : request.sampleRows()) {
                double diff = number(cell(row, difference.position()));
                double count = number(cell(row, counted.position()));
                double onHand = number(cell(row, book.position()));
                if (Double.isNaN(diff) || Double.isNaN(count) || Double.isNaN(onHand) || Math.abs(diff) < 0.005) {
                    continue;
                }
                if (Math.abs(diff - (count - onHand)) <= 0.01) {
                    countedMinusBook++;
                } else if (Math.abs(diff - (onHand - count)) <= 0.01) {
                    bookMinusCounted++;
                }
            }
            return bookMinusCounted > countedMinusBook;
        }

        private static double number(String text) {
            NumberResult result = new NumberResult();
            NumberParser.parse(text, NumberStyle.STANDARD, result);
            return result.value();
        }

        private static String cell(List<String> row, int position) {
            return position < row.size() ? row.get(position) : "";
        }
    }

    /** The candidates of one column. */
    private static final class Candidates {
        private final Map<CanonicalField, Double> scores = new EnumMap<>(CanonicalField.class);
        private final Map<CanonicalField, MappingSource> sources = new EnumMap<>(CanonicalField.class);
        private final Set<CanonicalField> demoted = new HashSet<>();
        /** The alternative rank of the column's profile header, or -1 when the profile does not list it. */
        private int profileRank = -1;
    }

    /** The fields reported as recommended when missing, with the rules that cannot run (§6.6.3). */
    private static final Map<CanonicalField, List<String>> RECOMMENDED = recommended();

    private static Map<CanonicalField, List<String>> recommended() {
        Map<CanonicalField, List<String>> map = new LinkedHashMap<>();
        map.put(
                CanonicalField.QTY_ON_HAND,
                List.of("NEGATIVE_INVENTORY", "DEAD_STOCK", "OVERSTOCK", "LOW_STOCK", "SHRINKAGE", "PATRONAGE_MISS"));
        map.put(
                CanonicalField.UNIT_COST,
                List.of("ZERO_COST", "MARGIN_EROSION", "BELOW_COST", "DEAD_STOCK", "OVERSTOCK", "SHRINKAGE"));
        map.put(CanonicalField.RETAIL_PRICE, List.of("MARGIN_EROSION", "BELOW_COST", "PRICE_DISCREPANCY"));
        map.put(CanonicalField.UNITS_SOLD, List.of("DEAD_STOCK (velocity)", "OVERSTOCK", "LOW_STOCK"));
        map.put(CanonicalField.LAST_SALE_DATE, List.of("DEAD_STOCK"));
        return java.util.Collections.unmodifiableMap(map);
    }

    private static String kind(ValueType type) {
        return switch (type) {
            case QUANTITY, MONEY, PERCENT -> "numbers";
            case DATE -> "dates";
            case FLAG -> "yes/no values";
            case ID, TEXT, CODE -> "text";
        };
    }

    /** Dice coefficient of two token multisets: 2·|A ∩ B| / (|A| + |B|). */
    static double dice(List<String> left, List<String> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String token : left) {
            counts.merge(token, 1, Integer::sum);
        }
        int common = 0;
        for (String token : right) {
            Integer count = counts.get(token);
            if (count != null && count > 0) {
                common++;
                counts.put(token, count - 1);
            }
        }
        return 2.0 * common / (left.size() + right.size());
    }

    /** Whether two token counts allow a Dice coefficient of 0.75: 2·min / (a + b) ≥ 0.75. */
    private static boolean diceCanReach(int left, int right) {
        return 8 * Math.min(left, right) >= 3 * (left + right);
    }

    private static double round(double score) {
        return new BigDecimal(score).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }
}
