package jp.cityplan.app.application.proposal;

import java.util.List;
import jp.cityplan.domain.proposal.PublishedAnswer;

/** One page of published answers, newest first; {@code hasNext} where a further page has at least one. */
public record PublishedPage(List<PublishedAnswer> answers, int page, int size, boolean hasNext) {

    public PublishedPage {
        answers = List.copyOf(answers);
    }
}
