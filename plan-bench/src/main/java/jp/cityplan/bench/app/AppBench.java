package jp.cityplan.bench.app;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import jp.cityplan.bench.Phase;
import jp.cityplan.bench.sql.SqlCounts;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * The whole app under load: citizens submit through {@code POST /api/proposals} at a fixed arrival rate (open loop:
 * a slow answer never delays the next submission, and latency counts from the intended send time, so a stall is
 * not hidden by coordinated omission), while N staff workers list, claim and complete their tasks through
 * {@code /engine-rest} until every proposal of the phase is answered and published.
 */
public final class AppBench {

    /** How long a worker that found nothing to do waits before it looks again. */
    static final long IDLE_PAUSE_MILLIS = 100;
    static final int LIST_SIZE = 10;
    /** The administrator of the demo start (camunda.bpm.admin-user), for counts across all groups. */
    static final String ADMIN = "demo";

    private final AppProcess app;
    private final EngineRest rest;
    private int staffReady = 1;

    public AppBench(AppProcess app) {
        this.app = app;
        this.rest = new EngineRest(app);
    }

    /**
     * Submits {@code lifecycles} proposals at {@code perSecond} and lets {@code workers} staff workers answer them.
     */
    public Phase run(String name, int lifecycles, double perSecond, int workers, Duration timeout) throws Exception {
        return run(name, lifecycles, perSecond, workers, StaffStep.ANSWER_AND_PUBLISH, lifecycles, timeout);
    }

    /** As above, but the phase ends once {@code target} tasks of the last of {@code steps} are completed. */
    Phase run(String name, int lifecycles, double perSecond, int workers, List<StaffStep> steps, int target,
              Duration timeout) throws Exception {
        ensureStaff(workers);
        Map<String, Long> sqlBefore = app.sqlSnapshot();
        double cpuBefore = app.cpuSeconds();
        Histogram latency = new SynchronizedHistogram(TimeUnit.MINUTES.toMicros(5), 3);
        LongAdder refused = new LongAdder();
        AtomicInteger done = new AtomicInteger();
        // a submission the app refuses (HTTP error) is no lifecycle: the phase then waits for one answer fewer
        AtomicInteger goal = new AtomicInteger(target);
        Counters counters = new Counters();
        long deadline = System.nanoTime() + timeout.toNanos();
        long started = System.nanoTime();

        List<Thread> staff = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int member = w;
            Thread worker = new Thread(() -> work(member, steps, goal, done, counters, deadline), "staff-" + w);
            worker.setDaemon(true);
            worker.start();
            staff.add(worker);
        }
        List<CompletableFuture<?>> submissions = citizens(lifecycles, perSecond, started, latency, refused,
                steps.size() == StaffStep.ANSWER_AND_PUBLISH.size() ? goal : new AtomicInteger());
        CompletableFuture.allOf(submissions.toArray(CompletableFuture[]::new))
                .get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        for (Thread worker : staff) {
            worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        long ended = counters.lastCompletion.get() == 0 ? System.nanoTime() : counters.lastCompletion.get();
        if (done.get() < goal.get() || counters.failures.sum() > 0) {
            throw new IllegalStateException(name + ": " + done.get() + " of " + goal.get() + " done, "
                    + refused.sum() + " submissions refused, " + counters.failures.sum() + " staff failures"
                    + counters.lastFailure);
        }
        if (done.get() == 0) {
            throw new IllegalStateException(name + ": nothing done, " + refused.sum() + " submissions refused");
        }
        double wall = (ended - started) / 1e9;
        double cpu = app.cpuSeconds() - cpuBefore;
        Map<String, Long> sql = SqlCounts.difference(app.sqlSnapshot(), sqlBefore);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("arrivalsPerSecond", perSecond);
        extra.put("submissionsRefused", refused.sum());
        extra.put("httpPerLifecycle", counters.perLifecycle(done.get()));
        return new Phase(name, "app", workers, done.get(), wall, cpu, sql, percentiles(latency), extra);
    }

    /** Open-loop arrivals: the i-th submission is due at start + i / rate, whatever the earlier ones took. */
    private List<CompletableFuture<?>> citizens(int count, double perSecond, long start, Histogram latency,
                                                LongAdder refused, AtomicInteger goal) throws InterruptedException {
        List<CompletableFuture<?>> futures = new ArrayList<>(count);
        long interval = (long) (1e9 / perSecond);
        for (int i = 0; i < count; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            futures.add(rest.http().sendAsync(rest.submission(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .whenComplete((response, failure) -> {
                        latency.recordValue(Math.max(0, (System.nanoTime() - intended) / 1000));
                        if (failure != null || response.statusCode() != 201) {
                            refused.increment();
                            goal.decrementAndGet();
                        }
                    }));
        }
        return futures;
    }

    /** One member of staff: later steps first (finish what is nearly done), each step's oldest open tasks. */
    private void work(int member, List<StaffStep> steps, AtomicInteger target, AtomicInteger done, Counters counters,
                      long deadline) {
        List<StaffStep> order = new ArrayList<>(steps);
        Collections.reverse(order);
        StaffStep last = steps.get(steps.size() - 1);
        while (done.get() < target.get() && System.nanoTime() < deadline) {
            boolean didSomething = false;
            try {
                for (StaffStep step : order) {
                    String user = staffUser(member, step);
                    List<String> tasks = new ArrayList<>(rest.openTasks(step, user, LIST_SIZE));
                    counters.lists.increment();
                    Collections.shuffle(tasks, ThreadLocalRandom.current());
                    for (String task : tasks) {
                        if (done.get() >= target.get()) {
                            return;
                        }
                        counters.claims.increment();
                        if (!rest.claim(task, user)) {
                            counters.conflicts.increment();
                            continue;
                        }
                        if (!rest.submitForm(task, step, user)) {
                            counters.conflicts.increment();
                            continue;
                        }
                        counters.completions.increment();
                        didSomething = true;
                        if (step == last) {
                            done.incrementAndGet();
                            counters.lastCompletion.set(System.nanoTime());
                        }
                    }
                }
                if (!didSomething) {
                    Thread.sleep(IDLE_PAUSE_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                counters.failures.increment();
                counters.lastFailure = ": " + e.getMessage();
                if (counters.failures.sum() > 20) {
                    return;
                }
            }
        }
    }

    /**
     * Staff member {@code member} doing {@code step}: a user of the step's group of their own (the organisation
     * file's demo users for member 0), so that two workers never act as the same person (the engine lets a user
     * claim a task they already hold, which two workers under one id would turn into a race no office has).
     */
    static String staffUser(int member, StaffStep step) {
        return member == 0 ? step.user() : "bench" + member + "-" + step.user();
    }

    /** Creates the staff users workers 1..n-1 need (as the administrator), once. */
    private void ensureStaff(int workers) throws IOException, InterruptedException {
        for (int member = staffReady; member < workers; member++) {
            for (StaffStep step : StaffStep.ANSWER_AND_PUBLISH) {
                String user = staffUser(member, step);
                if (member == 0 || rest.send(rest.get("/engine-rest/user/" + user + "/profile", ADMIN)).statusCode() == 200) {
                    continue;
                }
                EngineRest.expect(rest.send(rest.post("/engine-rest/user/create", ADMIN, """
                        {"profile":{"id":"%s","firstName":"職員","lastName":"ベンチ","email":"%s@example.invalid"},
                         "credentials":{"password":"%s"}}""".formatted(user, user, EngineRest.PASSWORD))), 204,
                        "create user " + user);
                EngineRest.expect(rest.send(rest.put("/engine-rest/group/" + step.candidateGroup() + "/members/" + user,
                        ADMIN)), 204, "membership " + user);
            }
        }
        staffReady = Math.max(staffReady, workers);
    }

    static Map<String, Double> percentiles(Histogram micros) {
        Map<String, Double> millis = new LinkedHashMap<>();
        millis.put("p50", micros.getValueAtPercentile(50) / 1000.0);
        millis.put("p95", micros.getValueAtPercentile(95) / 1000.0);
        millis.put("p99", micros.getValueAtPercentile(99) / 1000.0);
        millis.put("max", micros.getMaxValue() / 1000.0);
        millis.put("count", (double) micros.getTotalCount());
        return millis;
    }

    /**
     * Where the app's SQL goes besides the lifecycles themselves: the statements of one staff task-list request with
     * nothing to find (authentication + authorization-checked query), and what the app does per second when idle
     * (job acquisition, metrics).
     */
    public Map<String, Double> attribution(int listRequests, Duration idle) throws Exception {
        Map<String, Long> before = app.sqlSnapshot();
        StaffStep step = StaffStep.ANSWER_AND_PUBLISH.get(3);
        for (int i = 0; i < listRequests; i++) {
            rest.openTasks(step, step.user(), LIST_SIZE);
        }
        Map<String, Long> afterLists = app.sqlSnapshot();
        Thread.sleep(idle.toMillis());
        Map<String, Long> afterIdle = app.sqlSnapshot();
        Map<String, Double> result = new LinkedHashMap<>();
        result.put("sqlPerTaskListRequest",
                SqlCounts.statements(SqlCounts.difference(afterLists, before)) / (double) listRequests);
        result.put("sqlPerIdleSecond",
                SqlCounts.statements(SqlCounts.difference(afterIdle, afterLists)) / (idle.toMillis() / 1000.0));
        return result;
    }

    /** Submits {@code open} proposals and takes half of them through intake: they wait at intake or drafting. */
    public Phase leaveOpen(int open, double perSecond, int workers) throws Exception {
        return run("scale-open", open, perSecond, workers, StaffStep.INTAKE_ONLY, open / 2, Duration.ofMinutes(30));
    }

    /**
     * Proof that copied rows are a working case, not just rows to read: staff take one copied proposal (its task id
     * carries the copy's {@code ~} mark) waiting at intake or drafting one step on, and the next step's task appears.
     * Returns the copied task's id.
     */
    public String completeCopiedTask() throws IOException, InterruptedException {
        for (int i = 0; i < 2; i++) {
            StaffStep step = StaffStep.ANSWER_AND_PUBLISH.get(i);
            var copied = rest.openTasks(step, step.user(), 1_000).stream().filter(id -> id.contains("~")).findFirst();
            if (copied.isPresent()) {
                HttpResponse<String> task = rest.send(rest.get("/engine-rest/task/" + copied.get(), step.user()));
                EngineRest.expect(task, 200, "copied task");
                String instance = EngineRest.JSON.readTree(task.body()).get("processInstanceId").asText();
                if (!rest.claim(copied.get(), step.user()) || !rest.submitForm(copied.get(), step, step.user())) {
                    throw new IllegalStateException("the copied task " + copied.get() + " could not be completed");
                }
                HttpResponse<String> next = rest.send(rest.get("/engine-rest/task?firstResult=0&maxResults=10"
                        + "&processInstanceId=" + instance, ADMIN));
                EngineRest.expect(next, 200, "tasks after the copied one");
                if (!next.body().contains(StaffStep.ANSWER_AND_PUBLISH.get(i + 1).taskKey())) {
                    throw new IllegalStateException("the copied case did not move on: " + next.body());
                }
                return copied.get();
            }
        }
        throw new IllegalStateException("no copied task at intake or drafting");
    }

    /** Proposal processes that have ended (as the administrator sees them). */
    public long answeredSoFar() throws IOException, InterruptedException {
        return rest.count("/engine-rest/history/process-instance/count?processDefinitionKey=citizen-proposal"
                + "&finished=true", ADMIN);
    }

    /** Open user tasks, all groups (as the administrator sees them). */
    public long openTasks() throws IOException, InterruptedException {
        return rest.count("/engine-rest/task/count", ADMIN);
    }

    /** The id of a Tasklist filter the user sees, by name. */
    public String filterId(String name, String user) throws IOException, InterruptedException {
        HttpResponse<String> response = rest.send(rest.get("/engine-rest/filter?resourceType=Task&firstResult=0&maxResults=10&name="
                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8), user));
        EngineRest.expect(response, 200, "filter " + name);
        var filters = EngineRest.JSON.readTree(response.body());
        if (filters.isEmpty()) {
            throw new IllegalStateException("no filter " + name + " for " + user);
        }
        return filters.get(0).get("id").asText();
    }

    public java.net.http.HttpRequest get(String path, String user) {
        return rest.get(path, user);
    }

    public java.net.http.HttpRequest post(String path, String user, String json) {
        return rest.post(path, user, json);
    }

    public HttpResponse<String> send(java.net.http.HttpRequest request) throws IOException, InterruptedException {
        return rest.send(request);
    }

    /** What the staff workers sent. */
    static final class Counters {
        final LongAdder lists = new LongAdder();
        final LongAdder claims = new LongAdder();
        final LongAdder conflicts = new LongAdder();
        final LongAdder completions = new LongAdder();
        final LongAdder failures = new LongAdder();
        final AtomicLong lastCompletion = new AtomicLong();
        volatile String lastFailure = "";

        Map<String, Double> perLifecycle(int lifecycles) {
            Map<String, Double> perLifecycle = new LinkedHashMap<>();
            perLifecycle.put("submit", 1.0);
            perLifecycle.put("taskList", lists.sum() / (double) lifecycles);
            perLifecycle.put("claim", claims.sum() / (double) lifecycles);
            perLifecycle.put("claimConflict", conflicts.sum() / (double) lifecycles);
            perLifecycle.put("submitForm", completions.sum() / (double) lifecycles);
            return perLifecycle;
        }
    }
}
