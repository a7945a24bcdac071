package jp.cityplan.app.application.proposal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import jp.cityplan.domain.proposal.ProposalDraft;

/**
 * A SHA-256 over every field of a draft, exactly as sent, so that a replay can be told from a different request
 * under the same idempotency key. Each field is written with its length, so that no two different drafts write the
 * same bytes; an absent text and an empty one are told apart, an absent list of initiatives is an empty one.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(ProposalDraft draft) {
        List<String> fields = new ArrayList<>();
        fields.add(draft.channel() == null ? null : draft.channel().name());
        fields.add(draft.intakeOffice());
        fields.add(draft.subject());
        fields.add(draft.text());
        fields.add(draft.category());
        List<String> initiatives = draft.initiatives() == null ? List.of() : draft.initiatives();
        fields.add(String.valueOf(initiatives.size()));
        fields.addAll(initiatives);
        fields.add(draft.familyName());
        fields.add(draft.givenName());
        fields.add(draft.area());
        fields.add(draft.postalAddress());
        fields.add(draft.email());
        fields.add(draft.phone());
        fields.add(Boolean.toString(draft.wantsAnswer()));
        fields.add(draft.publicationConsent() == null ? null : draft.publicationConsent().name());
        StringBuilder canonical = new StringBuilder();
        for (String field : fields) {
            canonical.append(field == null ? "-" : field.length() + ":" + field).append(';');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
