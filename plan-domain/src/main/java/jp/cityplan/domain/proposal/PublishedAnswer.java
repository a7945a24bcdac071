package jp.cityplan.domain.proposal;

import java.time.Instant;

/**
 * A proposal and its answer as published (公表): personal data removed, the area, and the surname only where the
 * citizen consented, else 「匿名希望」.
 */
public record PublishedAnswer(
        ReceiptNumber receiptNumber,
        String subject,
        String proposalText,
        String category,
        String area,
        String publicName,
        String answerText,
        Instant answeredAt,
        Instant publishedAt) {

    public static final String ANONYMOUS_NAME = "匿名希望";
}
