package com.profitsentinel.store.jdbc;

import com.profitsentinel.app.tenant.Tenant;
import com.profitsentinel.app.upload.Upload;
import com.profitsentinel.app.upload.UploadRepository;
import com.profitsentinel.app.upload.UploadStatus;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Upload records over JDBC. */
final class JdbcUploadRepository implements UploadRepository {
    private static final String COLUMNS = "u.id, u.org_id, u.store_id, u.user_id, u.upload_key, u.filename,"
            + " u.safe_filename, u.size_bytes, u.sha256, u.status, u.created_at, u.retain_until, u.deleted_at";

    private final Sql sql;

    JdbcUploadRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(Upload upload) {
        sql.run("storing an upload record", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO uploads (id, org_id, store_id,"
                    + " user_id, upload_key, filename, safe_filename, size_bytes, sha256, status, created_at,"
                    + " retain_until, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, upload.id());
                statement.setString(2, upload.orgId());
                statement.setString(3, upload.storeId());
                statement.setString(4, upload.userId());
                statement.setString(5, upload.key());
                statement.setString(6, upload.filename());
                statement.setString(7, upload.safeFilename());
                statement.setLong(8, upload.sizeBytes());
                statement.setString(9, upload.sha256());
                statement.setString(10, Sql.enumValue(upload.status()));
                Sql.setInstant(statement, 11, upload.createdAt());
                Sql.setInstant(statement, 12, upload.retainUntil());
                Sql.setOptionalInstant(statement, 13, upload.deletedAt());
                return statement.executeUpdate();
            }
        });
    }

    /** A record that does not exist (in the upload's org) is {@code NOT_FOUND}. */
    @Override
    public void update(Upload upload) {
        int updated = sql.run("updating an upload record", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE uploads SET size_bytes = ?, sha256 = ?, status = ? WHERE id = ? AND org_id = ?")) {
                statement.setLong(1, upload.sizeBytes());
                statement.setString(2, upload.sha256());
                statement.setString(3, Sql.enumValue(upload.status()));
                statement.setString(4, upload.id());
                statement.setString(5, upload.orgId());
                return statement.executeUpdate();
            }
        });
        if (updated == 0) {
            throw new ProfitSentinelException(
                    ErrorCode.NOT_FOUND, "No upload " + upload.id() + " in org " + upload.orgId() + " to update");
        }
    }

    @Override
    public Optional<Upload> byKey(Tenant tenant, String key) {
        return scoped(tenant, "u.upload_key", key, "finding an upload by key");
    }

    @Override
    public Optional<Upload> byId(Tenant tenant, String id) {
        return scoped(tenant, "u.id", id, "finding an upload");
    }

    private Optional<Upload> scoped(Tenant tenant, String column, String value, String action) {
        Scope scope = Scope.of(tenant);
        return sql.run(action, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM uploads u WHERE " + column + " = ? AND " + scope.predicate("u", "store_id"))) {
                statement.setString(1, value);
                scope.bind(statement, 2);
                return Sql.first(statement, JdbcUploadRepository::upload);
            }
        });
    }

    @Override
    public Optional<Upload> byIdUnscoped(String id) {
        return sql.run("finding an upload", connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT " + COLUMNS + " FROM uploads u WHERE u.id = ?")) {
                statement.setString(1, id);
                return Sql.first(statement, JdbcUploadRepository::upload);
            }
        });
    }

    /** The first deletion counts: marking a deleted record again changes nothing. */
    @Override
    public void markDeleted(String id, Instant at) {
        sql.run("marking an upload deleted", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE uploads SET status = ?, deleted_at = ? WHERE id = ? AND deleted_at IS NULL")) {
                statement.setString(1, Sql.enumValue(UploadStatus.DELETED));
                Sql.setInstant(statement, 2, at);
                statement.setString(3, id);
                return statement.executeUpdate();
            }
        });
    }

    /** Oldest retention first, then by id. */
    @Override
    public List<Upload> dueForDeletion(Instant now) {
        return sql.run("finding uploads due for deletion", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM uploads u WHERE u.deleted_at IS NULL AND u.retain_until < ?"
                    + " ORDER BY u.retain_until, u.id")) {
                Sql.setInstant(statement, 1, now);
                return Sql.list(statement, JdbcUploadRepository::upload);
            }
        });
    }

    private static Upload upload(ResultSet row) throws SQLException {
        return new Upload(
                Sql.getString(row, "id"),
                Sql.getString(row, "org_id"),
                Sql.getString(row, "user_id"),
                Sql.getString(row, "store_id"),
                Sql.getString(row, "upload_key"),
                Sql.getString(row, "filename"),
                Sql.getString(row, "safe_filename"),
                row.getLong("size_bytes"),
                Sql.getString(row, "sha256"),
                Sql.getEnum(row, "status", UploadStatus.class),
                Sql.getInstant(row, "created_at"),
                Sql.getInstant(row, "retain_until"),
                Sql.getOptionalInstant(row, "deleted_at"));
    }
}
