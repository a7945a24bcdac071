package jp.cityplan.app.adapter.in.web.proposal;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import jp.cityplan.app.application.proposal.IdempotencyKey;
import jp.cityplan.domain.proposal.PublicationConsent;
import lombok.Getter;
import lombok.Setter;

/**
 * What the proposal form holds, as typed (so that it can be shown again with the errors). The one-time form token
 * makes a second press of the button (or a reload) return the first receipt instead of a second proposal.
 */
@Getter
@Setter
public class ProposalForm {

    /** The fields a request may bind; anything else posted is ignored. */
    static final String[] FIELDS = {"subject", "text", "category", "initiatives", "familyName", "givenName", "area",
            "postalAddress", "email", "phone", "wantsAnswer", "publicationConsent", "formToken"};

    /** The idempotency keys of the form are told apart from those API clients choose. */
    static final String KEY_PREFIX = "web-form-";

    private String subject;
    private String text;
    private String category;
    /** Initiative codes as typed, e.g. {@code 2-1.6, 3-1.2}. */
    private String initiatives;
    private String familyName;
    private String givenName;
    private String area;
    private String postalAddress;
    private String email;
    private String phone;
    /** {@code "true"} where the checkbox was ticked. */
    private String wantsAnswer;
    private String publicationConsent = PublicationConsent.NONE.name();
    private String formToken;

    static ProposalForm blank() {
        ProposalForm form = new ProposalForm();
        form.renewFormToken();
        return form;
    }

    void renewFormToken() {
        formToken = UUID.randomUUID().toString();
    }

    /** The token as issued by {@link #blank()}; anything else posted is not used as a key. */
    Optional<String> validFormToken() {
        try {
            return formToken == null ? Optional.empty()
                    : Optional.of(UUID.fromString(formToken).toString()).filter(formToken::equals);
        } catch (IllegalArgumentException notIssuedHere) {
            return Optional.empty();
        }
    }

    Optional<IdempotencyKey> idempotencyKey() {
        return validFormToken().map(token -> new IdempotencyKey(KEY_PREFIX + token));
    }

    boolean hasKnownPublicationConsent() {
        return publicationConsent == null || publicationConsent.isBlank()
                || Arrays.stream(PublicationConsent.values()).anyMatch(c -> c.name().equals(publicationConsent));
    }

    /** Never the content: it holds personal data. */
    @Override
    public String toString() {
        return "ProposalForm[category=" + category + "]";
    }
}
