package jp.cityplan.domain.proposal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;
import jp.cityplan.domain.shared.Require;

/** The stored SHA-256 of an access secret; compared in constant time. */
public record AccessSecretHash(String value) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public AccessSecretHash {
        Require.matching(value, HEX, "access secret hash");
    }

    public boolean matches(AccessSecret secret) {
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                secret.hash().value().getBytes(StandardCharsets.US_ASCII));
    }
}
