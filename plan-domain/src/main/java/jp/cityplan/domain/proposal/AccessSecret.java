package jp.cityplan.domain.proposal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import jp.cityplan.domain.shared.Require;

/**
 * The access secret (照会用パスワード) shown to the citizen once, with the receipt number; only its hash is stored.
 * 20 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 100 bits of randomness, grouped in
 * fours for reading aloud or copying from paper.
 */
public record AccessSecret(String value) {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 20;
    private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public AccessSecret {
        Require.text(value, "access secret");
        value = normalise(value);
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("access secret is not of the issued form");
        }
    }

    public static AccessSecret generate() {
        StringBuilder secret = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            secret.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new AccessSecret(secret.toString());
    }

    /** Reads what a citizen typed: case, spaces and hyphens do not matter; anything else of the wrong form is empty. */
    public static java.util.Optional<AccessSecret> parse(String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        String normalised = normalise(typed);
        return FORMAT.matcher(normalised).matches() ? java.util.Optional.of(new AccessSecret(normalised)) : java.util.Optional.empty();
    }

    private static String normalise(String typed) {
        return typed.replaceAll("[\\s\\-　]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** The secret as shown: {@code ABCD-EFGH-JKMN-PQRS-TUVW}. */
    public String display() {
        return String.join("-", value.split("(?<=\\G.{4})"));
    }

    public AccessSecretHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return new AccessSecretHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "AccessSecret[****]";
    }
}
