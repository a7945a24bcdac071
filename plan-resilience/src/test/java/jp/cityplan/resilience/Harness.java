package jp.cityplan.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** What the scenarios share: pauses, the summary file, resending what is pending, finishing the open reviews. */
final class Harness {

    static final Path DIR = Path.of(System.getProperty("plan.harness.dir", "target/failure-harness"));
    static final Path SUMMARY = DIR.resolve("summary.txt");
    /** How long the engine may take to finish the work after the load (a killed node's job locks expire first). */
    static final Duration FINISH_TIMEOUT = Duration.ofSeconds(Long.getLong("plan.harness.finish-timeout-seconds", 300));

    private Harness() {
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Prints a summary line and appends it to {@code target/failure-harness/summary.txt}. */
    static void report(String line) {
        String stamped = "[failure-harness] " + line;
        System.out.println(stamped);
        try {
            Files.createDirectories(DIR);
            Files.writeString(SUMMARY, Instant.now() + " " + stamped + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each citizen whose request got no receipt sends it again, same key and body, until it gets one. */
    static void resendPending(Ledger ledger, AppNode node) {
        for (String key : ledger.pending()) {
            for (int attempt = 0; attempt < 60 && !ledger.send(node, key).acknowledged(); attempt++) {
                pause(1000);
            }
        }
    }

    /**
     * Staff complete every open intake review until all of the scenario's processes have ended (their async
     * receipt confirmation included), or the finish timeout passes.
     */
    static boolean finishReviews(AppNode node, HarnessDatabase db, Set<String> receipts, TaskCompletions completions) {
        long deadline = System.nanoTime() + FINISH_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (String task : Staff.openReviews(node, 50)) {
                completions.record(task, Staff.complete(node, task, "INPUT_ONLY"));
            }
            if (db.number("select count(*) from act_hi_procinst where proc_def_key_ = 'citizen-proposal'"
                    + " and business_key_ = any(?) and end_time_ is null", receipts) == 0) {
                return true;
            }
            pause(1000);
        }
        return false;
    }
}
