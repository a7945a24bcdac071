package jp.cityplan.domain.proposal;

import java.time.Instant;
import jp.cityplan.domain.shared.Require;

/** The city's answer (回答) as sent: the approved text, how it was delivered and when. */
public record Answer(String text, AnswerDelivery delivery, Instant sentAt) {

    public static final int MAX_LENGTH = 8000;

    public Answer {
        Require.text(text, "answer text");
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("answer text is longer than " + MAX_LENGTH + " characters");
        }
        Require.present(delivery, "answer delivery");
        Require.present(sentAt, "answer sent at");
    }
}
