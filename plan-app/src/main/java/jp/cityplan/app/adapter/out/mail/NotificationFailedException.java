package jp.cityplan.app.adapter.out.mail;

import jp.cityplan.domain.proposal.ReceiptNumber;

/**
 * A message of the proposal process could not be sent; the engine retries the job that sent it. It names the
 * receipt number, the kind of message and the kinds of the failures only: the mail library's own messages can hold
 * the recipients' addresses, and the engine keeps a failed job's stack trace in its tables, so they are left out.
 */
public class NotificationFailedException extends RuntimeException {

    NotificationFailedException(ReceiptNumber receiptNumber, MailKind kind, String reason) {
        super("the " + kind + " of proposal " + receiptNumber + " could not be sent: " + reason, null, false, true);
    }
}
