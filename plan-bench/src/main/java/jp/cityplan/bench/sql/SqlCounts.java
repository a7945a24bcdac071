package jp.cityplan.bench.sql;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Counts the SQL statements sent through a {@link CountingDataSource}, by kind, and the commits. Thread-safe. */
public final class SqlCounts {

    public static final String[] KINDS = {"select", "insert", "update", "delete", "other", "commit"};

    private final LongAdder select = new LongAdder();
    private final LongAdder insert = new LongAdder();
    private final LongAdder update = new LongAdder();
    private final LongAdder delete = new LongAdder();
    private final LongAdder other = new LongAdder();
    private final LongAdder commit = new LongAdder();

    /** Counts one statement (a batched one counts once per added row set, as the database runs it). */
    void statement(String sql) {
        String head = sql == null ? "" : sql.stripLeading();
        int end = 0;
        while (end < head.length() && Character.isLetter(head.charAt(end))) {
            end++;
        }
        switch (head.substring(0, end).toLowerCase(Locale.ROOT)) {
            case "select", "with" -> select.increment();
            case "insert" -> insert.increment();
            case "update" -> update.increment();
            case "delete" -> delete.increment();
            default -> other.increment();
        }
    }

    void commit() {
        commit.increment();
    }

    /** The counts so far, by kind (select, insert, update, delete, other, commit). */
    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("select", select.sum());
        counts.put("insert", insert.sum());
        counts.put("update", update.sum());
        counts.put("delete", delete.sum());
        counts.put("other", other.sum());
        counts.put("commit", commit.sum());
        return counts;
    }

    /** Statements (all kinds but commits) in a snapshot. */
    public static long statements(Map<String, Long> snapshot) {
        return snapshot.entrySet().stream().filter(e -> !"commit".equals(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** {@code after - before}, kind by kind. */
    public static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> difference = new LinkedHashMap<>();
        after.forEach((kind, count) -> difference.put(kind, count - before.getOrDefault(kind, 0L)));
        return difference;
    }
}
