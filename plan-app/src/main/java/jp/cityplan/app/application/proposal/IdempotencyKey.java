package jp.cityplan.app.application.proposal;

import java.util.regex.Pattern;

/**
 * The key a client sends with a submission ({@code Idempotency-Key}) so that sending the same request again, after a
 * timeout or a double click, stores the proposal only once. Up to 100 visible ASCII characters (a UUID fits).
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 100;

    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

    public IdempotencyKey {
        if (!isValid(value)) {
            throw new IllegalArgumentException("an idempotency key is 1-" + MAX_LENGTH + " visible ASCII characters");
        }
    }

    public static boolean isValid(String value) {
        return value != null && VISIBLE_ASCII.matcher(value).matches();
    }

    @Override
    public String toString() {
        return "IdempotencyKey[" + value + "]";
    }
}
