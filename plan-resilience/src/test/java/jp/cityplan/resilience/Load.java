package jp.cityplan.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Citizens submitting proposals and staff completing intake reviews, each in a thread of its own, until
 * {@link #stop()} or each citizen's bounded number of requests. Citizens take turns over the nodes the supplier
 * names (the scenario changes it when it kills one); each staff thread works on one node.
 */
final class Load {

    private static final int MAX_REQUESTS_PER_CITIZEN = 500;

    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    private Load() {
    }

    static Load start(Ledger ledger, Supplier<List<AppNode>> citizensTo, int citizens, List<AppNode> staffOn,
                      TaskCompletions completions) {
        Load load = new Load();
        for (int c = 0; c < citizens; c++) {
            int offset = c;
            load.threads.add(started(() -> load.citizen(ledger, citizensTo, offset),
                    ledger.scenario + "-citizen-" + c));
        }
        for (AppNode node : staffOn) {
            load.threads.add(started(() -> load.staff(node, completions), ledger.scenario + "-staff-" + node.name));
        }
        return load;
    }

    private static Thread started(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void citizen(Ledger ledger, Supplier<List<AppNode>> nodes, int offset) {
        for (int i = 0; running && i < MAX_REQUESTS_PER_CITIZEN; i++) {
            List<AppNode> targets = nodes.get();
            Citizen.Outcome outcome = ledger.send(targets.get((i + offset) % targets.size()), ledger.newKey());
            Harness.pause(outcome.acknowledged() ? 50 : 250);
        }
    }

    private void staff(AppNode node, TaskCompletions completions) {
        while (running) {
            List<String> tasks = Staff.openReviews(node, 5);
            for (String task : tasks) {
                completions.record(task, Staff.complete(node, task, "INPUT_ONLY"));
            }
            Harness.pause(tasks.isEmpty() ? 300 : 100);
        }
    }

    void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(Http.REQUEST_TIMEOUT.toMillis() + 10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
