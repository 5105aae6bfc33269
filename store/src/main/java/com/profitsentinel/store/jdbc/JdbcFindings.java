package com.profitsentinel.store.jdbc;

import com.profitsentinel.app.findings.Acknowledgement;
import com.profitsentinel.app.findings.AcknowledgementReason;
import com.profitsentinel.app.findings.FindingHistoryEntry;
import com.profitsentinel.app.findings.FindingLine;
import com.profitsentinel.app.findings.FindingPage;
import com.profitsentinel.app.findings.FindingQuery;
import com.profitsentinel.app.findings.FindingRepository;
import com.profitsentinel.app.findings.FindingSnapshot;
import com.profitsentinel.app.findings.FindingState;
import com.profitsentinel.app.findings.FindingStatus;
import com.profitsentinel.app.findings.FindingView;
import com.profitsentinel.app.findings.GroupView;
import com.profitsentinel.app.findings.StoredFinding;
import com.profitsentinel.app.findings.StoredGroup;
import com.profitsentinel.app.history.AnalysisRecord;
import com.profitsentinel.app.history.Page;
import com.profitsentinel.app.tenant.Tenant;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Findings, groups and finding states over JDBC. Snapshots are written inside the analysis's own transaction
 * ({@link #write}); lists are one SQL query with the filters as predicates, so a page costs the same whatever the
 * number of findings.
 */
final class JdbcFindings implements FindingRepository {
    private static final int BATCH = 500;
    private static final String VIEW_COLUMNS = "f.analysis_id, f.store_id, a.created_at AS analysis_created_at,"
            + " f.finding_id, f.group_id, f.engine, f.leak_type, f.severity, f.sku, f.description, f.department,"
            + " f.category, f.vendor, f.annual_profit_at_risk, f.annual_profit_at_risk_exact, f.capital_tied_up,"
            + " f.confidence, f.priority,"
            + " f.document, s.status, s.first_seen_at, s.last_analysis_id,"
            + " s.reactivated_reason, s.ack_by, s.ack_by_name, s.ack_at, s.ack_reason, s.ack_note, s.ack_until,"
            + " s.ack_impact";
    private static final String VIEW_FROM = " FROM findings f JOIN analyses a ON a.id = f.analysis_id"
            + " JOIN finding_states s ON s.org_id = f.org_id AND s.finding_id = f.finding_id";

    private final Sql sql;

    JdbcFindings(Sql sql) {
        this.sql = sql;
    }

    // ---------------------------------------------------------------------------------------------------- writing

    /**
     * Writes an analysis's snapshot and moves the states of its store's finding IDs on (workflows.md §10). The common
     * moves are set-based statements (an analysis brings thousands of findings): findings seen again, and new finding
     * IDs; only the IDs whose status changes (few) are moved one by one.
     */
    static void write(Connection connection, AnalysisRecord analysis, FindingSnapshot snapshot) throws SQLException {
        if (snapshot.findings().isEmpty() && snapshot.groups().isEmpty() && !snapshot.complete()) {
            return;
        }
        insertFindings(connection, analysis, snapshot.findings());
        insertGroups(connection, analysis, snapshot.groups());
        insertAbsentSkus(connection, analysis, snapshot.skusAbsent());
        Map<String, BigDecimal> impacts = new HashMap<>();
        for (StoredFinding finding : snapshot.findings()) {
            impacts.put(finding.findingId(), finding.annualProfitAtRisk());
        }
        // a resolved finding is shown from the newest analysis that contained it
        try (PreparedStatement update = connection.prepareStatement("UPDATE finding_states SET status = ?,"
                + " reactivated_reason = ?, ack_by = NULL, ack_by_name = NULL, ack_at = NULL, ack_reason = NULL,"
                + " ack_note = NULL, ack_until = NULL, ack_impact = NULL, last_analysis_id = CASE WHEN ? THEN"
                + " COALESCE((SELECT a.id FROM analyses a JOIN findings f ON f.analysis_id = a.id"
                + " AND f.finding_id = finding_states.finding_id WHERE a.org_id = finding_states.org_id"
                + " AND a.store_id = finding_states.store_id ORDER BY a.created_at DESC, a.id DESC LIMIT 1),"
                + " last_analysis_id) ELSE last_analysis_id END WHERE org_id = ? AND finding_id = ?")) {
            int pending = 0;
            for (Map.Entry<String, PriorState> entry :
                    priorStates(connection, analysis).entrySet()) {
                PriorState state = entry.getValue();
                BigDecimal impact = impacts.get(entry.getKey());
                Optional<Transition> next = impact == null
                        ? state.absent(snapshot)
                        : state.seenAgain(impact, analysis.asOf(), snapshot.reactivationThreshold());
                if (next.isEmpty()) {
                    continue;
                }
                update.setString(1, Sql.enumValue(next.get().status()));
                update.setString(2, next.get().reason().orElse(null));
                update.setBoolean(3, next.get().status() == FindingStatus.RESOLVED);
                update.setString(4, analysis.orgId());
                update.setString(5, entry.getKey());
                update.addBatch();
                pending++;
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
        try (PreparedStatement fresh = connection.prepareStatement("INSERT INTO finding_states (org_id, finding_id,"
                + " store_id, engine, sku, status, first_seen_at, last_analysis_id)"
                + " SELECT f.org_id, f.finding_id, f.store_id, f.engine, f.sku, 'active', ?, f.analysis_id"
                + " FROM findings f WHERE f.analysis_id = ? AND NOT EXISTS (SELECT 1 FROM finding_states s"
                + " WHERE s.org_id = f.org_id AND s.finding_id = f.finding_id)")) {
            Sql.setInstant(fresh, 1, analysis.createdAt());
            fresh.setString(2, analysis.id());
            fresh.executeUpdate();
        }
    }

    private static void insertFindings(Connection connection, AnalysisRecord analysis, List<StoredFinding> findings)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO findings (analysis_id, org_id,"
                + " store_id, finding_id, group_id, engine, leak_type, severity, sku, description, department,"
                + " category, vendor, annual_profit_at_risk, capital_tied_up, confidence, priority, document,"
                + " annual_profit_at_risk_exact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (StoredFinding finding : findings) {
                insert.setString(1, analysis.id());
                insert.setString(2, analysis.orgId());
                insert.setString(3, analysis.storeId());
                insert.setString(4, finding.findingId());
                insert.setString(5, finding.groupId());
                insert.setString(6, finding.engine());
                insert.setString(7, finding.leakType());
                insert.setString(8, finding.severity());
                insert.setString(9, clip(finding.sku(), 1000));
                insert.setString(10, clip(finding.description(), 1000));
                insert.setString(11, clipped(finding.department()));
                insert.setString(12, clipped(finding.category()));
                insert.setString(13, clipped(finding.vendor()));
                insert.setBigDecimal(14, JdbcAnalysisRepository.money(finding.annualProfitAtRisk()));
                insert.setBigDecimal(15, JdbcAnalysisRepository.money(finding.capitalTiedUp()));
                insert.setDouble(16, finding.confidence());
                insert.setDouble(17, finding.priority());
                insert.setString(18, finding.document());
                insert.setDouble(19, finding.exactAnnualProfitAtRisk());
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void insertAbsentSkus(Connection connection, AnalysisRecord analysis, Set<String> skus)
            throws SQLException {
        if (skus.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO analysis_absent_skus (analysis_id, org_id, sku) VALUES (?, ?, ?)")) {
            for (String sku : new java.util.TreeSet<>(skus)) {
                insert.setString(1, analysis.id());
                insert.setString(2, analysis.orgId());
                insert.setString(3, clip(sku, 1000));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static @Nullable String clipped(Optional<String> value) {
        return value.map(text -> clip(text, 200)).orElse(null);
    }

    private static void insertGroups(Connection connection, AnalysisRecord analysis, List<StoredGroup> groups)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO finding_groups (analysis_id, org_id,"
                + " store_id, group_id, leak_type, sku_count, severity, annual_profit_at_risk, capital_tied_up,"
                + " priority, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredGroup group : groups) {
                insert.setString(1, analysis.id());
                insert.setString(2, analysis.orgId());
                insert.setString(3, analysis.storeId());
                insert.setString(4, group.groupId());
                insert.setString(5, group.leakType());
                insert.setLong(6, group.skuCount());
                insert.setString(7, group.severity());
                insert.setBigDecimal(8, JdbcAnalysisRepository.money(group.annualProfitAtRisk()));
                insert.setBigDecimal(9, JdbcAnalysisRepository.money(group.capitalTiedUp()));
                insert.setDouble(10, group.priority());
                insert.setString(11, group.document());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * The states of the store's IDs (this engine) whose status this analysis may change: acknowledged and resolved
     * ones, and open ones the analysis does not contain.
     */
    private static Map<String, PriorState> priorStates(Connection connection, AnalysisRecord analysis)
            throws SQLException {
        Map<String, PriorState> states = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT s.finding_id, s.sku, s.status,"
                + " s.ack_until, s.ack_impact FROM finding_states s WHERE s.org_id = ? AND s.store_id = ?"
                + " AND s.engine = ? AND (s.status <> 'active' OR NOT EXISTS (SELECT 1 FROM findings f"
                + " WHERE f.analysis_id = ? AND f.finding_id = s.finding_id))")) {
            select.setString(1, analysis.orgId());
            select.setString(2, analysis.storeId());
            select.setString(3, analysis.engine());
            select.setString(4, analysis.id());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    states.put(
                            Sql.getString(row, "finding_id"),
                            new PriorState(
                                    Sql.getString(row, "sku"),
                                    Sql.getEnum(row, "status", FindingStatus.class),
                                    Optional.ofNullable(row.getObject("ack_until", LocalDate.class)),
                                    Optional.ofNullable(row.getBigDecimal("ack_impact"))));
                }
            }
        }
        return states;
    }

    /** A state as read before an analysis moves it on. */
    private record PriorState(
            String sku, FindingStatus status, Optional<LocalDate> ackUntil, Optional<BigDecimal> ackImpact) {
        /**
         * The move of a finding the analysis contains again, empty when its status stays: an acknowledgement holds
         * until its snooze date has passed or the impact rose by more than the threshold; a resolved finding that
         * reappears is active.
         */
        Optional<Transition> seenAgain(BigDecimal impact, LocalDate asOf, double threshold) {
            return switch (status) {
                case ACTIVE -> Optional.empty();
                case RESOLVED -> Optional.of(new Transition(FindingStatus.ACTIVE, Optional.of("reappeared")));
                case ACKNOWLEDGED -> {
                    if (ackUntil.isPresent() && asOf.isAfter(ackUntil.get())) {
                        yield Optional.of(new Transition(FindingStatus.ACTIVE, Optional.of("snooze_ended")));
                    }
                    if (ackImpact.isPresent()
                            && impact.doubleValue() > ackImpact.get().doubleValue() * (1 + threshold)) {
                        yield Optional.of(new Transition(FindingStatus.ACTIVE, Optional.of("worsened")));
                    }
                    yield Optional.empty();
                }
            };
        }

        /**
         * The move of an open finding the analysis does not contain: resolved when its SKU was in a complete upload;
         * otherwise (a partial upload, or left out of the rows) its status stays.
         */
        Optional<Transition> absent(FindingSnapshot snapshot) {
            boolean resolves = snapshot.complete()
                    && status != FindingStatus.RESOLVED
                    && snapshot.skusPresent().contains(sku);
            return resolves ? Optional.of(new Transition(FindingStatus.RESOLVED, Optional.empty())) : Optional.empty();
        }
    }

    private record Transition(FindingStatus status, Optional<String> reason) {}

    private static String clip(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /** The latest succeeded analysis of every store in scope (or of one store): store ID → analysis ID. */
    private static Map<String, String> latest(Connection connection, Tenant tenant, Optional<String> storeId)
            throws SQLException {
        Scope scope = Scope.of(tenant);
        Map<String, String> latest = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT a.store_id, a.id FROM analyses a WHERE "
                + scope.predicate("a", "store_id") + " AND a.status = 'succeeded'"
                + (storeId.isPresent() ? " AND a.store_id = ?" : "")
                + " ORDER BY a.store_id, a.created_at DESC, a.id DESC")) {
            int next = scope.bind(select, 1);
            if (storeId.isPresent()) {
                select.setString(next, storeId.get());
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    latest.putIfAbsent(Sql.getString(row, "store_id"), Sql.getString(row, "id"));
                }
            }
        }
        return latest;
    }

    /** A WHERE clause and its parameters, built in order. */
    private static final class Where {
        final StringBuilder text = new StringBuilder();
        final List<Object> parameters = new ArrayList<>();

        Where and(String predicate, Object... values) {
            text.append(text.isEmpty() ? " WHERE " : " AND ").append(predicate);
            parameters.addAll(List.of(values));
            return this;
        }

        int bind(PreparedStatement statement, int from) throws SQLException {
            int next = from;
            for (Object parameter : parameters) {
                statement.setObject(next++, parameter);
            }
            return next;
        }
    }

    private static String placeholders(int count) {
        return "?, ".repeat(count - 1) + "?";
    }

    private static String escapeLike(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
    }

    /** The predicates of a findings query: scope, snapshots (latest, one analysis or resolved) and filters. */
    private static Where where(Connection connection, Tenant tenant, Scope scope, FindingQuery query)
            throws SQLException {
        Where where = new Where();
        where.and(scope.predicate("f", "store_id"), scopeValues(tenant).toArray());
        if (query.storeId().isPresent()) {
            where.and("f.store_id = ?", query.storeId().get());
        }
        List<Object> statuses = query.statuses().stream()
                .map(status -> (Object) Sql.enumValue(status))
                .toList();
        if (query.analysisId().isPresent()) {
            where.and("f.analysis_id = ?", query.analysisId().get());
            where.and("s.status IN (" + placeholders(statuses.size()) + ")", statuses.toArray());
        } else {
            List<String> current =
                    new ArrayList<>(latest(connection, tenant, query.storeId()).values());
            List<Object> open = query.statuses().stream()
                    .filter(status -> status != FindingStatus.RESOLVED)
                    .map(status -> (Object) Sql.enumValue(status))
                    .toList();
            List<String> resolvedIn = query.statuses().contains(FindingStatus.RESOLVED)
                    ? resolvedSnapshots(connection, scope, query.storeId())
                    : List.of();
            // the snapshots involved, first, so that the primary key's prefix finds the rows
            Set<String> snapshots = new java.util.TreeSet<>(resolvedIn);
            if (!open.isEmpty()) {
                snapshots.addAll(current);
            }
            if (snapshots.isEmpty()) {
                where.and("1 = 0");
            } else {
                where.and("f.analysis_id IN (" + placeholders(snapshots.size()) + ")", snapshots.toArray());
                List<String> branches = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                if (!open.isEmpty() && !current.isEmpty()) {
                    branches.add("(s.status IN (" + placeholders(open.size()) + ") AND f.analysis_id IN ("
                            + placeholders(current.size()) + "))");
                    values.addAll(open);
                    values.addAll(current);
                }
                if (!resolvedIn.isEmpty()) {
                    branches.add("(s.status = 'resolved' AND f.analysis_id = s.last_analysis_id)");
                }
                where.and(branches.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", branches) + ")", values.toArray());
            }
        }
        if (!query.leakTypes().isEmpty()) {
            where.and(
                    "f.leak_type IN (" + placeholders(query.leakTypes().size()) + ")",
                    query.leakTypes().stream().sorted().toArray());
        }
        if (!query.severities().isEmpty()) {
            where.and(
                    "f.severity IN (" + placeholders(query.severities().size()) + ")",
                    query.severities().stream().sorted().toArray());
        }
        query.department().ifPresent(value -> where.and("LOWER(f.department) = ?", value.toLowerCase(Locale.ROOT)));
        query.category().ifPresent(value -> where.and("LOWER(f.category) = ?", value.toLowerCase(Locale.ROOT)));
        query.vendor().ifPresent(value -> where.and("LOWER(f.vendor) = ?", value.toLowerCase(Locale.ROOT)));
        query.minImpact().ifPresent(value -> where.and("f.annual_profit_at_risk >= ?", value));
        query.text().ifPresent(value -> {
            String pattern = "%" + escapeLike(value) + "%";
            where.and("(LOWER(f.sku) LIKE ? ESCAPE '\\' OR LOWER(f.description) LIKE ? ESCAPE '\\')", pattern, pattern);
        });
        return where;
    }

    @Override
    public BigDecimal deduplicatedImpact(Tenant tenant, FindingQuery query) {
        Scope scope = Scope.of(tenant);
        return sql.inTransaction("totalling findings", connection -> {
            Where where = where(connection, tenant, scope, query);
            // each (store, SKU) once, at its largest finding (engine.md §7.2)
            // unrounded figures, rounded once when written out (engine.md §0)
            try (PreparedStatement statement = connection.prepareStatement("SELECT COALESCE(SUM(largest), 0) FROM"
                    + " (SELECT MAX(f.annual_profit_at_risk_exact) AS largest" + VIEW_FROM + where.text
                    + " GROUP BY f.store_id, f.sku) per_sku")) {
                where.bind(statement, 1);
                double total = Sql.first(statement, row -> row.getDouble(1)).orElse(0.0);
                return new BigDecimal(total).setScale(2, java.math.RoundingMode.HALF_EVEN);
            }
        });
    }

    @Override
    public FindingPage list(Tenant tenant, FindingQuery query) {
        Scope scope = Scope.of(tenant);
        return sql.inTransaction("listing findings", connection -> {
            Where where = where(connection, tenant, scope, query);
            // one pass: counts and sums per (type, severity, department) give the totals and the three facets
            long total = 0;
            BigDecimal impact = BigDecimal.ZERO;
            BigDecimal capital = BigDecimal.ZERO;
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            for (String facet : List.of("leak_type", "severity", "department")) {
                facets.put(facet, new LinkedHashMap<>());
            }
            Map<String, Map<String, FindingPage.Figures>> figures = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT f.leak_type, f.severity,"
                    + " f.department, COUNT(*), SUM(f.annual_profit_at_risk), SUM(f.capital_tied_up),"
                    + " MAX(f.annual_profit_at_risk)" + VIEW_FROM + where.text
                    + " GROUP BY f.leak_type, f.severity, f.department")) {
                where.bind(statement, 1);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        long count = row.getLong(4);
                        BigDecimal sum = row.getBigDecimal(5);
                        BigDecimal largest = row.getBigDecimal(7);
                        total += count;
                        impact = impact.add(sum);
                        capital = capital.add(row.getBigDecimal(6));
                        for (int column = 1; column <= 3; column++) {
                            String value = row.getString(column);
                            if (value != null) {
                                String facet = FACETS.get(column - 1);
                                facets.computeIfAbsent(facet, name -> new LinkedHashMap<>())
                                        .merge(value, count, Long::sum);
                                figures.computeIfAbsent(facet, name -> new LinkedHashMap<>())
                                        .merge(value, new FindingPage.Figures(sum, largest), FindingPage.Figures::plus);
                            }
                        }
                    }
                }
            }
            for (String facet : FACETS) {
                facets.put(facet, byCountThenName(facets.get(facet)));
            }
            String order =
                    switch (query.sort()) {
                        case IMPACT -> "f.annual_profit_at_risk";
                        case PRIORITY -> "f.priority";
                        case DATE -> "s.first_seen_at";
                        case SKU -> "f.sku";
                    };
            List<FindingView> items;
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + VIEW_COLUMNS + VIEW_FROM
                    + where.text + " ORDER BY " + order + (query.descending() ? " DESC" : " ASC")
                    + ", f.finding_id LIMIT ? OFFSET ?")) {
                int next = where.bind(statement, 1);
                statement.setInt(next++, query.pageSize());
                statement.setLong(next, (long) (query.page() - 1) * query.pageSize());
                items = seen(connection, tenant.orgId(), Sql.list(statement, JdbcFindings::view));
            }
            int pageSize = Math.min(query.pageSize(), Page.MAX_PAGE_SIZE);
            return new FindingPage(new Page<>(items, query.page(), pageSize, total), impact, capital, facets, figures);
        });
    }

    private static final List<String> FACETS = List.of("leak_type", "severity", "department");

    /** The snapshots that show the resolved findings in scope (or of one store). */
    private static List<String> resolvedSnapshots(Connection connection, Scope scope, Optional<String> storeId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT s.last_analysis_id"
                + " FROM finding_states s WHERE " + scope.predicate("s", "store_id") + " AND s.status = 'resolved'"
                + (storeId.isPresent() ? " AND s.store_id = ?" : ""))) {
            int next = scope.bind(statement, 1);
            if (storeId.isPresent()) {
                statement.setString(next, storeId.get());
            }
            return Sql.list(statement, row -> Sql.getString(row, "last_analysis_id"));
        }
    }

    /** Facet values by count descending, then name. */
    private static Map<String, Long> byCountThenName(@Nullable Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        if (counts != null) {
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        }
        return sorted;
    }

    private static List<Object> scopeValues(Tenant tenant) {
        List<Object> values = new ArrayList<>();
        values.add(tenant.orgId());
        if (!tenant.allStores()) {
            values.addAll(tenant.storeIds().stream().sorted().toList());
        }
        return values;
    }

    @Override
    public Optional<FindingView> find(Tenant tenant, String findingId) {
        Scope scope = Scope.of(tenant);
        return sql.run("finding a finding", connection -> {
            // the newest analysis that contains it
            try (PreparedStatement statement = history(connection, scope, findingId, 1, "SELECT " + VIEW_COLUMNS)) {
                return seen(connection, tenant.orgId(), Sql.list(statement, JdbcFindings::view)).stream()
                        .findFirst();
            }
        });
    }

    /**
     * The analyses of the finding's store that contain it, newest first: from its state (one row), through the store's
     * analyses, to each snapshot's primary key.
     */
    private static PreparedStatement history(
            Connection connection, Scope scope, String findingId, int limit, String select) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(select + " FROM finding_states s"
                + " JOIN analyses a ON a.org_id = s.org_id AND a.store_id = s.store_id"
                + " JOIN findings f ON f.analysis_id = a.id AND f.finding_id = s.finding_id"
                + " WHERE s.finding_id = ? AND " + scope.predicate("s", "store_id")
                + " ORDER BY a.created_at DESC, a.id DESC LIMIT ?");
        statement.setString(1, findingId);
        int next = scope.bind(statement, 2);
        statement.setInt(next, limit);
        return statement;
    }

    @Override
    public List<FindingHistoryEntry> history(Tenant tenant, String findingId, int limit) {
        Scope scope = Scope.of(tenant);
        return sql.run("reading a finding's history", connection -> {
            try (PreparedStatement statement = history(
                    connection,
                    scope,
                    findingId,
                    limit,
                    "SELECT f.analysis_id, a.created_at, f.annual_profit_at_risk, f.document")) {
                return Sql.list(
                        statement,
                        row -> new FindingHistoryEntry(
                                Sql.getString(row, "analysis_id"),
                                Sql.getInstant(row, "created_at"),
                                JdbcAnalysisRepository.money(row.getBigDecimal("annual_profit_at_risk")),
                                Sql.getString(row, "document")));
            }
        });
    }

    @Override
    public List<FindingLine> lines(Tenant tenant, String analysisId) {
        Scope scope = Scope.of(tenant);
        return sql.run("reading an analysis's findings", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT f.finding_id, f.leak_type, f.sku,"
                    + " f.description, f.annual_profit_at_risk FROM findings f WHERE f.analysis_id = ? AND "
                    + scope.predicate("f", "store_id") + " ORDER BY f.finding_id")) {
                statement.setString(1, analysisId);
                scope.bind(statement, 2);
                return Sql.list(
                        statement,
                        row -> new FindingLine(
                                Sql.getString(row, "finding_id"),
                                Sql.getString(row, "leak_type"),
                                Sql.getString(row, "sku"),
                                Sql.getString(row, "description"),
                                JdbcAnalysisRepository.money(row.getBigDecimal("annual_profit_at_risk"))));
            }
        });
    }

    @Override
    public Set<String> absentSkus(Tenant tenant, String analysisId) {
        Scope scope = Scope.of(tenant);
        return sql.run("reading an upload's absent SKUs", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT x.sku FROM analysis_absent_skus x"
                    + " JOIN analyses a ON a.id = x.analysis_id WHERE x.analysis_id = ? AND "
                    + scope.predicate("a", "store_id"))) {
                statement.setString(1, analysisId);
                scope.bind(statement, 2);
                return new HashSet<>(Sql.list(statement, row -> Sql.getString(row, "sku")));
            }
        });
    }

    @Override
    public Set<String> openSkus(Tenant tenant, String storeId, String engine) {
        Scope scope = Scope.of(tenant);
        return sql.run("reading open findings", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT s.sku FROM finding_states s"
                    + " WHERE " + scope.predicate("s", "store_id") + " AND s.store_id = ? AND s.engine = ?"
                    + " AND s.status IN ('active', 'acknowledged')")) {
                int next = scope.bind(statement, 1);
                statement.setString(next++, storeId);
                statement.setString(next, engine);
                return new HashSet<>(Sql.list(statement, row -> Sql.getString(row, "sku")));
            }
        });
    }

    @Override
    public Optional<FindingState> acknowledge(Tenant tenant, String findingId, Acknowledgement acknowledgement) {
        Scope scope = Scope.of(tenant);
        return sql.inTransaction("acknowledging a finding", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE finding_states s SET"
                    + " status = 'acknowledged', reactivated_reason = NULL, ack_by = ?, ack_by_name = ?, ack_at = ?,"
                    + " ack_reason = ?, ack_note = ?, ack_until = ?, ack_impact = ? WHERE s.finding_id = ? AND "
                    + scope.predicate("s", "store_id"))) {
                statement.setString(1, acknowledgement.byUserId());
                statement.setString(2, clip(acknowledgement.byName(), 200));
                Sql.setInstant(statement, 3, acknowledgement.at());
                statement.setString(4, Sql.enumValue(acknowledgement.reason()));
                statement.setString(5, acknowledgement.note().orElse(null));
                statement.setObject(6, acknowledgement.until().orElse(null), Types.DATE);
                statement.setBigDecimal(7, JdbcAnalysisRepository.money(acknowledgement.impactAtAcknowledgement()));
                statement.setString(8, findingId);
                scope.bind(statement, 9);
                statement.executeUpdate();
            }
            Optional<FindingState> state = state(connection, scope, findingId);
            return state.isEmpty() ? state : Optional.of(seen(connection, tenant.orgId(), state.get()));
        });
    }

    @Override
    public Optional<FindingState> restore(Tenant tenant, String findingId) {
        Scope scope = Scope.of(tenant);
        return sql.inTransaction("restoring a finding", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE finding_states s SET"
                    + " status = 'active', reactivated_reason = NULL, ack_by = NULL, ack_by_name = NULL, ack_at = NULL,"
                    + " ack_reason = NULL, ack_note = NULL, ack_until = NULL, ack_impact = NULL"
                    + " WHERE s.finding_id = ? AND s.status = 'acknowledged' AND "
                    + scope.predicate("s", "store_id"))) {
                statement.setString(1, findingId);
                scope.bind(statement, 2);
                statement.executeUpdate();
            }
            Optional<FindingState> state = state(connection, scope, findingId);
            return state.isEmpty() ? state : Optional.of(seen(connection, tenant.orgId(), state.get()));
        });
    }

    /** How often and when each finding was last seen: from the snapshots of its store's analyses. */
    private record Seen(long times, Instant lastAt, String lastAnalysisId) {}

    private static Map<String, Seen> seen(Connection connection, String orgId, Set<String> storeIds, Set<String> ids)
            throws SQLException {
        Map<String, Seen> seen = new HashMap<>();
        if (ids.isEmpty()) {
            return seen;
        }
        List<String> stores = storeIds.stream().sorted().toList();
        List<String> findings = ids.stream().sorted().toList();
        try (PreparedStatement statement = connection.prepareStatement("SELECT f.finding_id, a.id, a.created_at"
                + " FROM analyses a JOIN findings f ON f.analysis_id = a.id WHERE a.org_id = ? AND a.store_id IN ("
                + placeholders(stores.size()) + ") AND f.finding_id IN (" + placeholders(findings.size()) + ")")) {
            int next = 1;
            statement.setString(next++, orgId);
            for (String store : stores) {
                statement.setString(next++, store);
            }
            for (String finding : findings) {
                statement.setString(next++, finding);
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Instant at = Sql.getInstant(row, "created_at");
                    String analysisId = Sql.getString(row, "id");
                    seen.merge(Sql.getString(row, "finding_id"), new Seen(1, at, analysisId), (left, right) -> {
                        boolean rightNewer = right.lastAt().isAfter(left.lastAt())
                                || (right.lastAt().equals(left.lastAt())
                                        && right.lastAnalysisId().compareTo(left.lastAnalysisId()) > 0);
                        Seen newest = rightNewer ? right : left;
                        return new Seen(left.times() + right.times(), newest.lastAt(), newest.lastAnalysisId());
                    });
                }
            }
        }
        return seen;
    }

    private static List<FindingView> seen(Connection connection, String orgId, List<FindingView> views)
            throws SQLException {
        Set<String> stores = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (FindingView view : views) {
            stores.add(view.storeId());
            ids.add(view.finding().findingId());
        }
        Map<String, Seen> seen = seen(connection, orgId, stores, ids);
        List<FindingView> enriched = new ArrayList<>(views.size());
        for (FindingView view : views) {
            Seen found = seen.get(view.finding().findingId());
            enriched.add(
                    found == null
                            ? view
                            : view.withState(
                                    view.state().withSeen(found.lastAt(), found.lastAnalysisId(), found.times())));
        }
        return enriched;
    }

    private static FindingState seen(Connection connection, String orgId, FindingState state) throws SQLException {
        Seen found = seen(connection, orgId, Set.of(state.storeId()), Set.of(state.findingId()))
                .get(state.findingId());
        return found == null ? state : state.withSeen(found.lastAt(), found.lastAnalysisId(), found.times());
    }

    private static Optional<FindingState> state(Connection connection, Scope scope, String findingId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT s.finding_id, s.store_id, s.status,"
                + " s.first_seen_at, s.last_analysis_id, s.reactivated_reason, s.ack_by,"
                + " s.ack_by_name, s.ack_at, s.ack_reason, s.ack_note, s.ack_until, s.ack_impact"
                + " FROM finding_states s WHERE s.finding_id = ? AND " + scope.predicate("s", "store_id"))) {
            statement.setString(1, findingId);
            scope.bind(statement, 2);
            return Sql.first(statement, JdbcFindings::state);
        }
    }

    private static FindingState state(ResultSet row) throws SQLException {
        Optional<Acknowledgement> acknowledgement = Optional.empty();
        String ackBy = row.getString("ack_by");
        if (ackBy != null) {
            String note = row.getString("ack_note");
            BigDecimal ackImpact = row.getBigDecimal("ack_impact");
            acknowledgement = Optional.of(new Acknowledgement(
                    ackBy,
                    Optional.ofNullable(row.getString("ack_by_name")).orElse(""),
                    Sql.getInstant(row, "ack_at"),
                    AcknowledgementReason.byId(Sql.getString(row, "ack_reason")).orElse(AcknowledgementReason.OTHER),
                    Optional.ofNullable(note),
                    Optional.ofNullable(row.getObject("ack_until", LocalDate.class)),
                    ackImpact == null ? BigDecimal.ZERO : ackImpact));
        }
        return new FindingState(
                Sql.getString(row, "finding_id"),
                Sql.getString(row, "store_id"),
                Sql.getEnum(row, "status", FindingStatus.class),
                Sql.getInstant(row, "first_seen_at"),
                Sql.getInstant(row, "first_seen_at"),
                Sql.getString(row, "last_analysis_id"),
                1,
                Optional.ofNullable(row.getString("reactivated_reason")),
                acknowledgement);
    }

    private static FindingView view(ResultSet row) throws SQLException {
        StoredFinding finding = new StoredFinding(
                Sql.getString(row, "finding_id"),
                Sql.getString(row, "group_id"),
                Sql.getString(row, "engine"),
                Sql.getString(row, "leak_type"),
                Sql.getString(row, "severity"),
                Sql.getString(row, "sku"),
                Sql.getString(row, "description"),
                Optional.ofNullable(row.getString("department")),
                Optional.ofNullable(row.getString("category")),
                Optional.ofNullable(row.getString("vendor")),
                JdbcAnalysisRepository.money(row.getBigDecimal("annual_profit_at_risk")),
                row.getDouble("annual_profit_at_risk_exact"),
                JdbcAnalysisRepository.money(row.getBigDecimal("capital_tied_up")),
                row.getDouble("confidence"),
                row.getDouble("priority"),
                Sql.getString(row, "document"));
        return new FindingView(
                Sql.getString(row, "analysis_id"),
                Sql.getString(row, "store_id"),
                Sql.getInstant(row, "analysis_created_at"),
                finding,
                state(row));
    }

    // ---------------------------------------------------------------------------------------------------- groups

    private static final String GROUP_COLUMNS = "g.analysis_id, g.store_id, g.group_id, g.leak_type, g.sku_count,"
            + " g.severity, g.annual_profit_at_risk, g.capital_tied_up, g.priority, g.document";

    @Override
    public Page<GroupView> groups(
            Tenant tenant, Optional<String> storeId, Optional<String> leakType, int page, int pageSize) {
        if (page < 1 || pageSize < 1 || pageSize > Page.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page ≥ 1 and page_size 1-" + Page.MAX_PAGE_SIZE + " expected");
        }
        return sql.inTransaction("listing finding groups", connection -> {
            List<String> current =
                    new ArrayList<>(latest(connection, tenant, storeId).values());
            if (current.isEmpty()) {
                return new Page<GroupView>(List.of(), page, pageSize, 0);
            }
            String where = " FROM finding_groups g WHERE g.org_id = ? AND g.analysis_id IN ("
                    + placeholders(current.size()) + ")" + (leakType.isPresent() ? " AND g.leak_type = ?" : "");
            List<Object> values = new ArrayList<>();
            values.add(tenant.orgId());
            values.addAll(current);
            leakType.ifPresent(values::add);
            long total;
            try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*)" + where)) {
                bind(statement, values);
                total = Sql.first(statement, row -> row.getLong(1)).orElse(0L);
            }
            List<StoredGroupRow> rows;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + GROUP_COLUMNS + where + " ORDER BY g.priority DESC, g.group_id LIMIT ? OFFSET ?")) {
                int next = bind(statement, values);
                statement.setInt(next++, pageSize);
                statement.setLong(next, (long) (page - 1) * pageSize);
                rows = Sql.list(statement, JdbcFindings::groupRow);
            }
            return new Page<>(withActiveCounts(connection, rows), page, pageSize, total);
        });
    }

    /** A group row before its active-finding count is known. */
    private record StoredGroupRow(String analysisId, String storeId, StoredGroup group) {}

    /** The groups with how many of their stored findings are active now: one aggregate per analysis involved. */
    private static List<GroupView> withActiveCounts(Connection connection, List<StoredGroupRow> rows)
            throws SQLException {
        Map<String, Long> active = new HashMap<>();
        for (String analysisId :
                rows.stream().map(StoredGroupRow::analysisId).distinct().toList()) {
            try (PreparedStatement statement = connection.prepareStatement("SELECT f.group_id, COUNT(*) FROM findings f"
                    + " JOIN finding_states s ON s.org_id = f.org_id AND s.finding_id = f.finding_id"
                    + " WHERE f.analysis_id = ? AND s.status = 'active' GROUP BY f.group_id")) {
                statement.setString(1, analysisId);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        active.put(analysisId + "/" + row.getString(1), row.getLong(2));
                    }
                }
            }
        }
        List<GroupView> views = new ArrayList<>(rows.size());
        for (StoredGroupRow row : rows) {
            views.add(new GroupView(
                    row.analysisId(),
                    row.storeId(),
                    row.group(),
                    row.group().severity(),
                    active.getOrDefault(row.analysisId() + "/" + row.group().groupId(), 0L)));
        }
        return views;
    }

    private static int bind(PreparedStatement statement, List<Object> values) throws SQLException {
        int next = 1;
        for (Object value : values) {
            statement.setObject(next++, value);
        }
        return next;
    }

    @Override
    public Optional<GroupView> group(Tenant tenant, String groupId) {
        Scope scope = Scope.of(tenant);
        return sql.inTransaction("finding a group", connection -> {
            List<StoredGroupRow> rows;
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + GROUP_COLUMNS
                    + " FROM finding_groups g JOIN analyses a ON a.id = g.analysis_id WHERE g.group_id = ? AND "
                    + scope.predicate("g", "store_id") + " ORDER BY a.created_at DESC, a.id DESC LIMIT 1")) {
                statement.setString(1, groupId);
                scope.bind(statement, 2);
                rows = Sql.list(statement, JdbcFindings::groupRow);
            }
            return withActiveCounts(connection, rows).stream().findFirst();
        });
    }

    @Override
    public List<FindingView> members(Tenant tenant, GroupView view, int limit) {
        Scope scope = Scope.of(tenant);
        return sql.run("reading a group's findings", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + VIEW_COLUMNS + VIEW_FROM
                    + " WHERE f.analysis_id = ? AND f.group_id = ? AND " + scope.predicate("f", "store_id")
                    + " ORDER BY f.annual_profit_at_risk DESC, f.finding_id LIMIT ?")) {
                statement.setString(1, view.analysisId());
                statement.setString(2, view.group().groupId());
                int next = scope.bind(statement, 3);
                statement.setInt(next, limit);
                return seen(connection, tenant.orgId(), Sql.list(statement, JdbcFindings::view));
            }
        });
    }

    private static StoredGroupRow groupRow(ResultSet row) throws SQLException {
        return new StoredGroupRow(
                Sql.getString(row, "analysis_id"),
                Sql.getString(row, "store_id"),
                new StoredGroup(
                        Sql.getString(row, "group_id"),
                        Sql.getString(row, "leak_type"),
                        row.getLong("sku_count"),
                        Sql.getString(row, "severity"),
                        JdbcAnalysisRepository.money(row.getBigDecimal("annual_profit_at_risk")),
                        JdbcAnalysisRepository.money(row.getBigDecimal("capital_tied_up")),
                        row.getDouble("priority"),
                        Sql.getString(row, "document")));
    }
}
