package com.profitsentinel.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.app.findings.FindingSnapshot;
import com.profitsentinel.app.history.AnalysisRecord;
import com.profitsentinel.app.history.AnalysisRepository;
import com.profitsentinel.app.history.AnalysisStatus;
import com.profitsentinel.app.history.Page;
import com.profitsentinel.app.tenant.Tenant;
import com.profitsentinel.app.tenant.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored analyses over JDBC. The row holds what lists show; its two documents are GZIP-compressed in
 * {@code analysis_documents}, read only when asked for. Money is stored with two decimals (HALF_EVEN).
 */
final class JdbcAnalysisRepository implements AnalysisRepository {
    private static final String COLUMNS = "a.id, a.org_id, a.store_id, a.label, a.original_filename, a.status,"
            + " a.as_of, a.created_at, a.completed_at, a.created_by, a.engine, a.engine_version, a.preset, a.row_count,"
            + " a.finding_count, a.annual_profit_at_risk";

    /** Rows of an analysis deleted with it by the repository rather than by a cascade (see V5). */
    private static final List<String> SNAPSHOT_TABLES = List.of("findings", "analysis_absent_skus");

    private final Sql sql;

    JdbcAnalysisRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(
            AnalysisRecord analysis, byte[] resultDocument, byte[] legacyDocument, FindingSnapshot findings) {
        requireNonNull(findings, "findings is null");
        requireNonNull(analysis, "analysis is null");
        byte[] result = Gzip.compress(requireNonNull(resultDocument, "resultDocument is null"));
        byte[] legacy = Gzip.compress(requireNonNull(legacyDocument, "legacyDocument is null"));
        sql.inTransaction("storing an analysis", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO analyses (id, org_id, store_id,"
                    + " label, original_filename, status, as_of, created_at, completed_at, created_by, engine,"
                    + " engine_version, preset, row_count, finding_count, annual_profit_at_risk)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, analysis.id());
                statement.setString(2, analysis.orgId());
                statement.setString(3, analysis.storeId());
                statement.setString(4, analysis.label());
                statement.setString(5, analysis.originalFilename());
                statement.setString(6, Sql.enumValue(analysis.status()));
                statement.setObject(7, analysis.asOf());
                Sql.setInstant(statement, 8, analysis.createdAt());
                Sql.setInstant(statement, 9, analysis.completedAt());
                statement.setString(10, analysis.createdBy());
                statement.setString(11, analysis.engine());
                statement.setString(12, analysis.engineVersion());
                statement.setString(13, analysis.preset());
                statement.setLong(14, analysis.rows());
                statement.setLong(15, analysis.findings());
                statement.setBigDecimal(16, money(analysis.annualProfitAtRisk()));
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO analysis_documents"
                    + " (analysis_id, org_id, result_gzip, result_bytes, legacy_gzip, legacy_bytes)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, analysis.id());
                statement.setString(2, analysis.orgId());
                statement.setBytes(3, result);
                statement.setLong(4, resultDocument.length);
                statement.setBytes(5, legacy);
                statement.setLong(6, legacyDocument.length);
                statement.executeUpdate();
            }
            JdbcFindings.write(connection, analysis, findings);
            return Boolean.TRUE;
        });
    }

    /** Money as stored: two decimals. */
    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    @Override
    public Optional<AnalysisRecord> find(Tenant tenant, String id) {
        Scope scope = Scope.of(tenant);
        return sql.run("finding an analysis", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM analyses a WHERE a.id = ? AND " + scope.predicate("a", "store_id"))) {
                statement.setString(1, id);
                scope.bind(statement, 2);
                return Sql.first(statement, JdbcAnalysisRepository::analysis);
            }
        });
    }

    @Override
    public Page<AnalysisRecord> list(Tenant tenant, Optional<String> storeId, int page, int pageSize) {
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1: " + page);
        }
        if (pageSize < 1 || pageSize > Page.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page_size must be 1-" + Page.MAX_PAGE_SIZE + ": " + pageSize);
        }
        Scope scope = Scope.of(tenant);
        String where = " FROM analyses a WHERE " + scope.predicate("a", "store_id")
                + (storeId.isPresent() ? " AND a.store_id = ?" : "");
        return sql.inTransaction("listing analyses", connection -> {
            long total;
            try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*)" + where)) {
                bindList(statement, scope, storeId);
                total = Sql.first(statement, row -> row.getLong(1)).orElse(0L);
            }
            List<AnalysisRecord> items;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + where + " ORDER BY a.created_at DESC, a.id LIMIT ? OFFSET ?")) {
                int next = bindList(statement, scope, storeId);
                statement.setInt(next++, pageSize);
                statement.setLong(next, (long) (page - 1) * pageSize);
                items = Sql.list(statement, JdbcAnalysisRepository::analysis);
            }
            return new Page<>(items, page, pageSize, total);
        });
    }

    private static int bindList(PreparedStatement statement, Scope scope, Optional<String> storeId)
            throws SQLException {
        int next = scope.bind(statement, 1);
        if (storeId.isPresent()) {
            statement.setString(next++, storeId.get());
        }
        return next;
    }

    @Override
    public Optional<byte[]> resultDocument(Tenant tenant, String id) {
        return document(tenant, id, "result");
    }

    @Override
    public Optional<byte[]> legacyDocument(Tenant tenant, String id) {
        return document(tenant, id, "legacy");
    }

    private Optional<byte[]> document(Tenant tenant, String id, String which) {
        Scope scope = Scope.of(tenant);
        return sql.run("reading an analysis document", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT d." + which + "_gzip AS content, d."
                    + which + "_bytes AS length FROM analyses a JOIN analysis_documents d ON d.analysis_id = a.id"
                    + " WHERE a.id = ? AND " + scope.predicate("a", "store_id"))) {
                statement.setString(1, id);
                scope.bind(statement, 2);
                return Sql.first(statement, row -> Gzip.decompress(row.getBytes("content"), row.getLong("length")));
            }
        });
    }

    @Override
    public boolean rename(Tenant tenant, String id, String label) {
        requireNonNull(label, "label is null");
        if (label.isEmpty() || label.length() > 200) {
            throw new IllegalArgumentException("label must be 1-200 characters: \"" + label + "\"");
        }
        Scope scope = Scope.of(tenant);
        int updated = sql.run("renaming an analysis", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE analyses a SET label = ? WHERE a.id = ? AND " + scope.predicate("a", "store_id"))) {
                statement.setString(1, label);
                statement.setString(2, id);
                scope.bind(statement, 3);
                return statement.executeUpdate();
            }
        });
        return updated == 1;
    }

    /** Deletes the analysis and its documents. */
    @Override
    public boolean delete(Tenant tenant, String id) {
        Scope scope = Scope.of(tenant);
        int deleted = sql.inTransaction("deleting an analysis", connection -> {
            // its finding snapshot first (no cascade: see V5)
            for (String table : SNAPSHOT_TABLES) {
                try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + table
                        + " WHERE analysis_id IN (SELECT a.id FROM analyses a WHERE a.id = ? AND "
                        + scope.predicate("a", "store_id") + ")")) {
                    statement.setString(1, id);
                    scope.bind(statement, 2);
                    statement.executeUpdate();
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM analyses a WHERE a.id = ? AND " + scope.predicate("a", "store_id"))) {
                statement.setString(1, id);
                scope.bind(statement, 2);
                return statement.executeUpdate();
            }
        });
        return deleted == 1;
    }

    @Override
    public int purge(Tier tier, Instant before) {
        return sql.inTransaction("purging old analyses", connection -> {
            String old = " FROM analyses WHERE created_at < ? AND org_id IN (SELECT o.id FROM orgs o WHERE o.tier = ?)";
            for (String table : SNAPSHOT_TABLES) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE analysis_id IN (SELECT id" + old + ")")) {
                    Sql.setInstant(statement, 1, before);
                    statement.setString(2, Sql.enumValue(tier));
                    statement.executeUpdate();
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("DELETE" + old)) {
                Sql.setInstant(statement, 1, before);
                statement.setString(2, Sql.enumValue(tier));
                return statement.executeUpdate();
            }
        });
    }

    private static AnalysisRecord analysis(ResultSet row) throws SQLException {
        BigDecimal annualProfitAtRisk = row.getBigDecimal("annual_profit_at_risk");
        if (annualProfitAtRisk == null) {
            throw new IllegalStateException("column annual_profit_at_risk is null");
        }
        return new AnalysisRecord(
                Sql.getString(row, "id"),
                Sql.getString(row, "org_id"),
                Sql.getString(row, "store_id"),
                Sql.getString(row, "label"),
                Sql.getString(row, "original_filename"),
                Sql.getEnum(row, "status", AnalysisStatus.class),
                Sql.getDate(row, "as_of"),
                Sql.getInstant(row, "created_at"),
                Sql.getInstant(row, "completed_at"),
                Sql.getString(row, "created_by"),
                Sql.getString(row, "engine"),
                Sql.getString(row, "engine_version"),
                Sql.getString(row, "preset"),
                row.getLong("row_count"),
                row.getLong("finding_count"),
                annualProfitAtRisk);
    }
}
