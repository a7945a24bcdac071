package jp.cityplan.app.adapter.in.web.proposal;

/**
 * What the status page shows of a citizen's own proposal; dates as people read them (令和 era in Japanese).
 *
 * @param answerText   the answer, once sent; else null
 * @param withdrawable true until the answer is sent (or the case is otherwise closed)
 */
public record StatusView(String receiptNumber, String stateCode, String stateLabel, String stateDescription,
                         String receivedOn, String answerDueOn, String subject, String answerText, String answerSentOn,
                         boolean withdrawable) {
}
