package jp.cityplan.resilience;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Every completion staff were told succeeded (204), per task, over the whole harness run. */
final class TaskCompletions {

    private final Map<String, AtomicInteger> succeeded = new ConcurrentHashMap<>();
    private final AtomicInteger attempts = new AtomicInteger();

    void record(String taskId, int status) {
        attempts.incrementAndGet();
        if (status == 204) {
            succeeded.computeIfAbsent(taskId, id -> new AtomicInteger()).incrementAndGet();
        }
    }

    int attempts() {
        return attempts.get();
    }

    int completed() {
        return succeeded.size();
    }

    /** Tasks that two completions both were told they completed: must be none. */
    long completedTwice() {
        return succeeded.values().stream().filter(count -> count.get() > 1).count();
    }
}
