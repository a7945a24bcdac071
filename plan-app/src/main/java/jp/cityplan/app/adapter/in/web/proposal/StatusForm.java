package jp.cityplan.app.adapter.in.web.proposal;

import lombok.Getter;
import lombok.Setter;

/**
 * The status inquiry (受付番号 and 照会用パスワード), sent by POST so that the secret never appears in a URL; the
 * withdrawal form sends the same two again with the citizen's confirmation.
 */
@Getter
@Setter
public class StatusForm {

    static final String[] FIELDS = {"receiptNumber", "secret", "confirmed"};

    private String receiptNumber;
    private String secret;
    /** {@code "true"} where the citizen ticked "I want to withdraw this proposal". */
    private String confirmed;

    boolean isWithdrawalConfirmed() {
        return "true".equals(confirmed);
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "StatusForm[" + receiptNumber + "]";
    }
}
