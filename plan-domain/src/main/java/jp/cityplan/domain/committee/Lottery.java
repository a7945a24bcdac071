package jp.cityplan.domain.committee;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import jp.cityplan.domain.shared.Require;

/**
 * The public lottery (公開抽選) as a pure function, so that anyone can re-run a published draw: a partial
 * Fisher–Yates shuffle driven by SHA-256 in counter mode.
 *
 * <ol>
 *   <li>Start from the published list of application numbers in its published order (ascending numbers).</li>
 *   <li>For {@code i = 0, 1, …, seats - 1}: compute {@code h = SHA-256(UTF-8 bytes of seed + ":" + i)} (i in decimal),
 *       read {@code h} as an unsigned big-endian integer, let {@code j = i + (h mod (n - i))} where {@code n} is the
 *       list's size, and swap the entries at {@code i} and {@code j}.</li>
 *   <li>The first {@code seats} entries, in that order, are chosen (the order is the order of the draw).</li>
 * </ol>
 * With fewer applications than seats, all are chosen in the same way. The steps fit in a few lines of jshell; see
 * {@code docs/processes/committee-recruitment.md}.
 */
public final class Lottery {

    private Lottery() {
    }

    public static List<ApplicationNumber> draw(String seed, List<ApplicationNumber> publishedList, int seats) {
        Require.text(seed, "lottery seed");
        List<ApplicationNumber> list = new ArrayList<>(Require.list(publishedList, "lottery list"));
        if (seats < 0) {
            throw new IllegalArgumentException("seats must not be negative");
        }
        if (list.stream().distinct().count() != list.size()) {
            throw new IllegalArgumentException("the lottery list names an application twice");
        }
        int draws = Math.min(seats, list.size());
        for (int i = 0; i < draws; i++) {
            BigInteger h = new BigInteger(1, sha256(seed + ":" + i));
            int j = i + h.mod(BigInteger.valueOf(list.size() - (long) i)).intValue();
            ApplicationNumber swapped = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swapped);
        }
        return List.copyOf(list.subList(0, draws));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
