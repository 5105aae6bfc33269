package com.profitsentinel.store.jdbc;

import com.profitsentinel.app.id.Ids;
import com.profitsentinel.app.tenant.Directory;
import com.profitsentinel.app.tenant.Member;
import com.profitsentinel.app.tenant.Organization;
import com.profitsentinel.app.tenant.Region;
import com.profitsentinel.app.tenant.Role;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.app.tenant.Tenant;
import com.profitsentinel.app.tenant.Tier;
import com.profitsentinel.app.tenant.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Orgs, users, memberships and stores over JDBC. */
final class JdbcDirectory implements Directory {
    /**
     * Active stores first, then by name ignoring case, then by name, then by id. Sorted here rather than in SQL: the two
     * databases collate text differently, and an org has few stores.
     */
    static final Comparator<Store> STORE_ORDER = Comparator.comparing((Store store) -> !store.active())
            .thenComparing(Store::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Store::name)
            .thenComparing(Store::id);

    private static final String ORG_COLUMNS = "o.id, o.name, o.tier, o.created_at";
    private static final String USER_COLUMNS = "u.id, u.email, u.name, u.platform_admin, u.created_at";
    private static final String STORE_COLUMNS =
            "s.id, s.org_id, s.name, s.timezone, s.active, s.created_at, s.region_id";

    private final Sql sql;

    JdbcDirectory(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Organization createOrganization(String name, Tier tier) {
        Organization organization = new Organization(Ids.newId(), name, tier, Sql.now());
        return sql.run("creating an org", connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("INSERT INTO orgs (id, name, tier, created_at) VALUES (?, ?, ?, ?)")) {
                statement.setString(1, organization.id());
                statement.setString(2, organization.name());
                statement.setString(3, Sql.enumValue(organization.tier()));
                Sql.setInstant(statement, 4, organization.createdAt());
                statement.executeUpdate();
            }
            return organization;
        });
    }

    @Override
    public Optional<Organization> organization(String orgId) {
        return sql.run("finding an org", connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT " + ORG_COLUMNS + " FROM orgs o WHERE o.id = ?")) {
                statement.setString(1, orgId);
                return Sql.first(statement, JdbcDirectory::organization);
            }
        });
    }

    /** A second user with the same e-mail address (ignoring case and blanks) is an {@link IllegalArgumentException}. */
    @Override
    public User createUser(String email, String name, boolean platformAdmin) {
        User user = new User(Ids.newId(), email, name, platformAdmin, Sql.now());
        return sql.run("creating a user", connection -> {
            if (findUser(connection, emailKey(email)).isPresent()) {
                throw new IllegalArgumentException("a user with the e-mail address " + email + " exists already");
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO users (id, email, email_key, name, platform_admin, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, user.id());
                statement.setString(2, user.email());
                statement.setString(3, emailKey(user.email()));
                statement.setString(4, user.name());
                statement.setBoolean(5, user.platformAdmin());
                Sql.setInstant(statement, 6, user.createdAt());
                statement.executeUpdate();
            }
            return user;
        });
    }

    @Override
    public Optional<User> userByEmail(String email) {
        return sql.run("finding a user", connection -> findUser(connection, emailKey(email)));
    }

    @Override
    public Optional<User> userById(String userId) {
        return sql.run("finding a user", connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT " + USER_COLUMNS + " FROM users u WHERE u.id = ?")) {
                statement.setString(1, userId);
                return Sql.first(statement, JdbcDirectory::user);
            }
        });
    }

    private static Optional<User> findUser(Connection connection, String emailKey) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT " + USER_COLUMNS + " FROM users u WHERE u.email_key = ?")) {
            statement.setString(1, emailKey);
            return Sql.first(statement, JdbcDirectory::user);
        }
    }

    /** E-mail addresses match ignoring case and surrounding blanks. */
    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** An unknown org or user is an {@link IllegalArgumentException}. */
    @Override
    public void putMember(String orgId, String userId, Role role) {
        sql.inTransaction("adding a member", connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE memberships SET role = ? WHERE org_id = ? AND user_id = ?")) {
                update.setString(1, Sql.enumValue(role));
                update.setString(2, orgId);
                update.setString(3, userId);
                if (update.executeUpdate() == 1) {
                    return 1;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO memberships (org_id, user_id, role, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, orgId);
                insert.setString(2, userId);
                insert.setString(3, Sql.enumValue(role));
                Sql.setInstant(insert, 4, Instant.now());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Role> role(String orgId, String userId) {
        return sql.run("finding a membership", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT m.role FROM memberships m WHERE m.org_id = ? AND m.user_id = ?")) {
                statement.setString(1, orgId);
                statement.setString(2, userId);
                return Sql.first(statement, row -> Sql.getEnum(row, "role", Role.class));
            }
        });
    }

    @Override
    public List<Organization> organizationsOf(String userId) {
        return sql.run("listing a user's orgs", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + ORG_COLUMNS
                    + " FROM orgs o JOIN memberships m ON m.org_id = o.id WHERE m.user_id = ?"
                    + " ORDER BY o.created_at, o.id")) {
                statement.setString(1, userId);
                return Sql.list(statement, JdbcDirectory::organization);
            }
        });
    }

    @Override
    public Store createStore(String orgId, String name, String timezone) {
        Store store = new Store(Ids.newId(), orgId, name, timezone, true, Sql.now(), Optional.empty());
        return sql.run("creating a store", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO stores (id, org_id, name, timezone, active, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, store.id());
                statement.setString(2, store.orgId());
                statement.setString(3, store.name());
                statement.setString(4, store.timezone());
                statement.setBoolean(5, store.active());
                Sql.setInstant(statement, 6, store.createdAt());
                statement.executeUpdate();
            }
            return store;
        });
    }

    @Override
    public Optional<Store> store(Tenant tenant, String storeId) {
        Scope scope = Scope.of(tenant);
        return sql.run("finding a store", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + STORE_COLUMNS + " FROM stores s WHERE s.id = ? AND " + scope.predicate("s", "id"))) {
                statement.setString(1, storeId);
                scope.bind(statement, 2);
                return Sql.first(statement, JdbcDirectory::store);
            }
        });
    }

    @Override
    public List<Store> stores(Tenant tenant) {
        Scope scope = Scope.of(tenant);
        List<Store> stores = sql.run("listing stores", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + STORE_COLUMNS + " FROM stores s WHERE " + scope.predicate("s", "id"))) {
                scope.bind(statement, 1);
                return Sql.list(statement, JdbcDirectory::store);
            }
        });
        return stores.stream().sorted(STORE_ORDER).toList();
    }

    private static Organization organization(ResultSet row) throws SQLException {
        return new Organization(
                Sql.getString(row, "id"),
                Sql.getString(row, "name"),
                Sql.getEnum(row, "tier", Tier.class),
                Sql.getInstant(row, "created_at"));
    }

    @Override
    public Optional<Store> updateStore(String orgId, String storeId, String name, String timezone, boolean active) {
        return sql.inTransaction("updating a store", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE stores SET name = ?, timezone = ?, active = ? WHERE org_id = ? AND id = ?")) {
                statement.setString(1, name);
                statement.setString(2, timezone);
                statement.setBoolean(3, active);
                statement.setString(4, orgId);
                statement.setString(5, storeId);
                if (statement.executeUpdate() == 0) {
                    return Optional.<Store>empty();
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + STORE_COLUMNS + " FROM stores s WHERE s.org_id = ? AND s.id = ?")) {
                statement.setString(1, orgId);
                statement.setString(2, storeId);
                return Sql.first(statement, JdbcDirectory::store);
            }
        });
    }

    @Override
    public Optional<Member> member(String orgId, String userId) {
        return sql.inTransaction("finding a member", connection -> {
            Optional<Member> found;
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + USER_COLUMNS + ", m.role"
                    + " FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = ? AND m.user_id = ?")) {
                statement.setString(1, orgId);
                statement.setString(2, userId);
                found = Sql.first(
                        statement,
                        row -> new Member(user(row), Sql.getEnum(row, "role", Role.class), Set.of(), Set.of()));
            }
            if (found.isEmpty()) {
                return found;
            }
            return Optional.of(scoped(connection, orgId, Optional.of(userId), List.of(found.get()))
                    .get(0));
        });
    }

    @Override
    public List<Member> members(String orgId) {
        return sql.inTransaction("listing members", connection -> {
            List<Member> members;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + USER_COLUMNS + ", m.role"
                            + " FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = ? ORDER BY u.name, u.id")) {
                statement.setString(1, orgId);
                members = Sql.list(
                        statement,
                        row -> new Member(user(row), Sql.getEnum(row, "role", Role.class), Set.of(), Set.of()));
            }
            return scoped(connection, orgId, Optional.empty(), members);
        });
    }

    /**
     * The members with their scope: the stores assigned one by one and the stores of the assigned regions (as they are
     * now), and the regions.
     */
    private static List<Member> scoped(
            Connection connection, String orgId, Optional<String> userId, List<Member> members) throws SQLException {
        Map<String, Set<String>> stores = pairs(
                connection, "SELECT user_id, store_id AS item FROM member_stores WHERE org_id = ?", orgId, userId);
        Map<String, Set<String>> regions = pairs(
                connection, "SELECT user_id, region_id AS item FROM member_regions WHERE org_id = ?", orgId, userId);
        Map<String, Set<String>> regionStores = pairs(
                connection,
                "SELECT region_id AS user_id, id AS item FROM stores WHERE org_id = ? AND region_id IS NOT NULL",
                orgId,
                Optional.empty());
        List<Member> scoped = new ArrayList<>(members.size());
        for (Member member : members) {
            Set<String> inScope =
                    new TreeSet<>(stores.getOrDefault(member.user().id(), Set.of()));
            Set<String> memberRegions = regions.getOrDefault(member.user().id(), Set.of());
            for (String region : memberRegions) {
                inScope.addAll(regionStores.getOrDefault(region, Set.of()));
            }
            scoped.add(new Member(member.user(), member.role(), inScope, memberRegions));
        }
        return scoped;
    }

    /** Rows of (key, item) as key → items; {@code userId} narrows to one key of a member table. */
    private static Map<String, Set<String>> pairs(
            Connection connection, String query, String orgId, Optional<String> userId) throws SQLException {
        Map<String, Set<String>> pairs = new HashMap<>();
        try (PreparedStatement statement =
                connection.prepareStatement(query + (userId.isPresent() ? " AND user_id = ?" : ""))) {
            statement.setString(1, orgId);
            if (userId.isPresent()) {
                statement.setString(2, userId.get());
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    pairs.computeIfAbsent(Sql.getString(row, "user_id"), ignored -> new TreeSet<>())
                            .add(Sql.getString(row, "item"));
                }
            }
        }
        return pairs;
    }

    @Override
    public void setStoreScope(String orgId, String userId, Set<String> storeIds) {
        replaceScope("member_stores", "store_id", orgId, userId, storeIds);
    }

    @Override
    public boolean removeMember(String orgId, String userId) {
        return sql.inTransaction("removing a member", connection -> {
            for (String table : List.of("member_stores", "member_regions")) {
                try (PreparedStatement statement =
                        connection.prepareStatement("DELETE FROM " + table + " WHERE org_id = ? AND user_id = ?")) {
                    statement.setString(1, orgId);
                    statement.setString(2, userId);
                    statement.executeUpdate();
                }
            }
            try (PreparedStatement statement =
                    connection.prepareStatement("DELETE FROM memberships WHERE org_id = ? AND user_id = ?")) {
                statement.setString(1, orgId);
                statement.setString(2, userId);
                return statement.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Region createRegion(String orgId, String name) {
        Region region = new Region(Ids.newId(), orgId, name.strip(), Sql.now());
        return sql.run("creating a region", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO regions (id, org_id, name, name_key, created_at) VALUES (?, ?, ?, ?, ?)")) {
                statement.setString(1, region.id());
                statement.setString(2, orgId);
                statement.setString(3, region.name());
                statement.setString(4, region.name().toLowerCase(java.util.Locale.ROOT));
                Sql.setInstant(statement, 5, region.createdAt());
                statement.executeUpdate();
            }
            return region;
        });
    }

    @Override
    public List<Region> regions(String orgId) {
        return sql.run("listing regions", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, org_id, name, created_at FROM regions WHERE org_id = ? ORDER BY name_key, id")) {
                statement.setString(1, orgId);
                return Sql.list(statement, JdbcDirectory::region);
            }
        });
    }

    @Override
    public Optional<Region> region(String orgId, String regionId) {
        return sql.run("finding a region", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, org_id, name, created_at FROM regions WHERE org_id = ? AND id = ?")) {
                statement.setString(1, orgId);
                statement.setString(2, regionId);
                return Sql.first(statement, JdbcDirectory::region);
            }
        });
    }

    @Override
    public Optional<Region> renameRegion(String orgId, String regionId, String name) {
        int updated = sql.run("renaming a region", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE regions SET name = ?, name_key = ? WHERE org_id = ? AND id = ?")) {
                statement.setString(1, name.strip());
                statement.setString(2, name.strip().toLowerCase(java.util.Locale.ROOT));
                statement.setString(3, orgId);
                statement.setString(4, regionId);
                return statement.executeUpdate();
            }
        });
        return updated == 1 ? region(orgId, regionId) : Optional.empty();
    }

    @Override
    public boolean deleteRegion(String orgId, String regionId) {
        return sql.inTransaction("deleting a region", connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("DELETE FROM member_regions WHERE org_id = ? AND region_id = ?")) {
                statement.setString(1, orgId);
                statement.setString(2, regionId);
                statement.executeUpdate();
            }
            try (PreparedStatement statement =
                    connection.prepareStatement("DELETE FROM regions WHERE org_id = ? AND id = ?")) {
                statement.setString(1, orgId);
                statement.setString(2, regionId);
                return statement.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void setStoreRegion(String orgId, String storeId, Optional<String> regionId) {
        sql.run("moving a store to a region", connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("UPDATE stores SET region_id = ? WHERE org_id = ? AND id = ?")) {
                statement.setString(1, regionId.orElse(null));
                statement.setString(2, orgId);
                statement.setString(3, storeId);
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public void setRegionScope(String orgId, String userId, Set<String> regionIds) {
        replaceScope("member_regions", "region_id", orgId, userId, regionIds);
    }

    /** Replaces a member's rows in a scope table ({@code member_stores}, {@code member_regions}). */
    private void replaceScope(String table, String column, String orgId, String userId, Set<String> ids) {
        sql.inTransaction("limiting a member's scope", connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("DELETE FROM " + table + " WHERE org_id = ? AND user_id = ?")) {
                statement.setString(1, orgId);
                statement.setString(2, userId);
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO " + table + " (org_id, user_id, " + column + ") VALUES (?, ?, ?)")) {
                for (String id : new TreeSet<>(ids)) {
                    statement.setString(1, orgId);
                    statement.setString(2, userId);
                    statement.setString(3, id);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return Boolean.TRUE;
        });
    }

    private static Region region(ResultSet row) throws SQLException {
        return new Region(
                Sql.getString(row, "id"),
                Sql.getString(row, "org_id"),
                Sql.getString(row, "name"),
                Sql.getInstant(row, "created_at"));
    }

    private static User user(ResultSet row) throws SQLException {
        return new User(
                Sql.getString(row, "id"),
                Sql.getString(row, "email"),
                Sql.getString(row, "name"),
                row.getBoolean("platform_admin"),
                Sql.getInstant(row, "created_at"));
    }

    private static Store store(ResultSet row) throws SQLException {
        return new Store(
                Sql.getString(row, "id"),
                Sql.getString(row, "org_id"),
                Sql.getString(row, "name"),
                Sql.getString(row, "timezone"),
                row.getBoolean("active"),
                Sql.getInstant(row, "created_at"),
                Optional.ofNullable(row.getString("region_id")));
    }
}
