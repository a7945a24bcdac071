package jp.cityplan.resilience;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the citizens of one scenario sent and what they were told. A key whose request got no receipt (no answer,
 * 503, submission still in progress) stays pending until a resend with the same key and body gets one.
 */
final class Ledger {

    final String scenario;
    private final AtomicInteger numbers = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    private final Map<String, String> subjects = new ConcurrentHashMap<>();
    private final Map<String, String> receipts = new ConcurrentHashMap<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger contradictions = new AtomicInteger();
    private final AtomicLong slowestRefusalMillis = new AtomicLong();

    Ledger(String scenario) {
        this.scenario = scenario;
    }

    /** Subjects of this scenario's proposals start with it: the harness finds every row a scenario stored. */
    String subjectPrefix() {
        return "障害試験 " + scenario + "-";
    }

    String newKey() {
        String key = scenario + "-" + java.util.UUID.randomUUID();
        subjects.put(key, subjectPrefix() + numbers.incrementAndGet());
        return key;
    }

    String subject(String key) {
        return subjects.get(key);
    }

    Citizen.Outcome send(AppNode node, String key) {
        Citizen.Outcome outcome = Citizen.submit(node, key, subject(key));
        record(key, outcome);
        return outcome;
    }

    private void record(String key, Citizen.Outcome outcome) {
        sent.incrementAndGet();
        statuses.computeIfAbsent(outcome.status(), s -> new AtomicInteger()).incrementAndGet();
        if (outcome.status() == 503) {
            slowestRefusalMillis.accumulateAndGet(outcome.millis(), Math::max);
        }
        if (outcome.acknowledged()) {
            String earlier = receipts.putIfAbsent(key, outcome.receiptNumber());
            if (earlier != null && !earlier.equals(outcome.receiptNumber())) {
                contradictions.incrementAndGet();
            }
            pending.remove(key);
        } else if (!receipts.containsKey(key)) {
            pending.add(key);
        }
    }

    int sent() {
        return sent.get();
    }

    int status(int status) {
        AtomicInteger count = statuses.get(status);
        return count == null ? 0 : count.get();
    }

    Map<Integer, Integer> statuses() {
        Map<Integer, Integer> copy = new TreeMap<>();
        statuses.forEach((status, count) -> copy.put(status, count.get()));
        return copy;
    }

    Set<String> pending() {
        return Set.copyOf(pending);
    }

    /** The receipt numbers citizens were given (each key's first; a later different one is a contradiction). */
    Set<String> receipts() {
        return Set.copyOf(receipts.values());
    }

    int keysAcknowledged() {
        return receipts.size();
    }

    int contradictions() {
        return contradictions.get();
    }

    long slowestRefusalMillis() {
        return slowestRefusalMillis.get();
    }
}
