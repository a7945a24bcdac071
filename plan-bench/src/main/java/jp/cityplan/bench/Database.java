package jp.cityplan.bench;

/**
 * Where a run keeps its data: a JDBC URL with user and password. The engine-only run and the app get databases of
 * the same kind, but never the same one (both would create the engine's tables).
 */
public record Database(String url, String user, String password) {

    public Database {
        if (url == null || !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("a JDBC URL is needed, got " + url);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** "h2" or "postgresql" (the second part of the URL). */
    public String kind() {
        String rest = url.substring("jdbc:".length());
        return rest.substring(0, rest.indexOf(':'));
    }

    public String driverClass() {
        return switch (kind()) {
            case "h2" -> "org.h2.Driver";
            case "postgresql" -> "org.postgresql.Driver";
            default -> throw new IllegalArgumentException("unsupported database " + kind());
        };
    }

    /** Never the password: this may be printed. */
    @Override
    public String toString() {
        return url + " (user " + user + ")";
    }
}
