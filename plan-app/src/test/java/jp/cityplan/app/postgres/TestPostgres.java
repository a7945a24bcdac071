package jp.cityplan.app.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import jp.cityplan.app.browser.ExternalTools;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server the tests run against: Debian's {@code postgresql} 15, which {@code .ci/run} installs and
 * starts (README "Running on PostgreSQL"). Each test class gets a database of its own, created empty, so Flyway and
 * the engine build their schemas from nothing as in production; the databases of earlier runs that nobody uses any
 * more are dropped on first use.
 * <p>
 * Where no server answers, the tests skip with the reason; with {@code PLAN_REQUIRE_EXTERNAL_TOOLS=true} (CI) they
 * fail instead. Another server: {@code PLAN_TEST_POSTGRES_URL} (a database to connect to for creating the test
 * databases), {@code PLAN_TEST_POSTGRES_USER} and {@code PLAN_TEST_POSTGRES_PASSWORD} (a role with CREATEDB).
 */
public final class TestPostgres {

    public static final String URL = env("PLAN_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    public static final String USER = env("PLAN_TEST_POSTGRES_USER", "plan");
    public static final String PASSWORD = env("PLAN_TEST_POSTGRES_PASSWORD", "plan");

    private static volatile Boolean reachable;

    private TestPostgres() {
    }

    /** Whether the server answers (checked once per test JVM). */
    public static boolean reachable() {
        if (reachable == null) {
            try (Connection admin = connect(URL)) {
                dropLeftOvers(admin);
                reachable = true;
            } catch (SQLException e) {
                reachable = false;
            }
        }
        return reachable;
    }

    static boolean required() {
        return Boolean.parseBoolean(System.getenv(ExternalTools.REQUIRE_VARIABLE));
    }

    static String missing() {
        return "PostgreSQL test needs a PostgreSQL 15 server at " + URL + " with role " + USER
                + " (CREATEDB); .ci/run installs and starts Debian's postgresql (README \"Running on PostgreSQL\")";
    }

    /** Creates an empty database for one test class and points the app's data source at it. */
    public static void useNewDatabase(DynamicPropertyRegistry registry, String purpose) {
        String url = newDatabase(purpose);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    /** Creates an empty database and answers its JDBC URL. */
    public static String newDatabase(String purpose) {
        String name = ("plan_test_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection admin = connect(URL); Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(missing(), e);
        }
        return URL.substring(0, URL.lastIndexOf('/') + 1) + name;
    }

    /** Drops the test databases of earlier runs; one still in use (another run) refuses and is left alone. */
    private static void dropLeftOvers(Connection admin) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select datname from pg_database where datname like 'plan\\_test\\_%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        for (String name : names) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + name);
            } catch (SQLException inUse) {
                // another test run is using it
            }
        }
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
