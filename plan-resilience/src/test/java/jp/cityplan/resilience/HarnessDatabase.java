package jp.cityplan.resilience;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * The PostgreSQL database the harness runs the app on: created empty for each run on the server the plan-app tests use
 * ({@code PLAN_TEST_POSTGRES_URL}, {@code _USER}, {@code _PASSWORD}; by default Debian's PostgreSQL 15 on
 * 127.0.0.1:5432, role plan/plan, which {@code .ci/run} starts). The harness reads the tables directly to see what
 * really was stored. Every call opens its own connection: PostgreSQL is restarted in between.
 */
final class HarnessDatabase {

    static final String ADMIN_URL = env("PLAN_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String USER = env("PLAN_TEST_POSTGRES_USER", "plan");
    static final String PASSWORD = env("PLAN_TEST_POSTGRES_PASSWORD", "plan");

    final String name;
    final String url;

    private HarnessDatabase(String name) {
        this.name = name;
        this.url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    static boolean reachable() {
        try (Connection ignored = connect(ADMIN_URL)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    static String missing() {
        return "the failure harness needs a PostgreSQL 15 server at " + ADMIN_URL + " with role " + USER
                + " (CREATEDB); .ci/run starts Debian's postgresql (scripts/postgres-for-tests.sh)";
    }

    /** Drops the harness databases of earlier runs and creates a new, empty one. */
    static HarnessDatabase create() throws SQLException {
        String name = "plan_harness_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        try (Connection admin = connect(ADMIN_URL); Statement statement = admin.createStatement()) {
            List<String> old = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "select datname from pg_database where datname like 'plan\\_harness\\_%'")) {
                while (rows.next()) {
                    old.add(rows.getString(1));
                }
            }
            for (String leftOver : old) {
                statement.execute("drop database if exists " + leftOver + " with (force)");
            }
            statement.execute("create database " + name);
        }
        return new HarnessDatabase(name);
    }

    void drop() {
        try (Connection admin = connect(ADMIN_URL); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("[failure-harness] could not drop " + name + ": " + e.getMessage());
        }
    }

    /** A single number (count) of a query whose parameters are plain values or collections (as text arrays). */
    long number(String sql, Object... parameters) {
        List<String> row = strings(sql, parameters);
        return row.isEmpty() || row.get(0) == null ? 0 : Long.parseLong(row.get(0));
    }

    /** The first column of every row, as text. */
    List<String> strings(String sql, Object... parameters) {
        try (Connection connection = connect(url); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, bind(connection, parameters[i]));
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("harness query failed: " + sql, e);
        }
    }

    private static Object bind(Connection connection, Object parameter) throws SQLException {
        if (parameter instanceof Collection<?> values) {
            Array array = connection.createArrayOf("varchar", values.toArray());
            return array;
        }
        if (parameter instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        return parameter;
    }

    private static Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(url, properties);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
