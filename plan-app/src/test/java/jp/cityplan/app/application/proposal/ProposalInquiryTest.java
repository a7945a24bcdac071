package jp.cityplan.app.application.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import jp.cityplan.domain.proposal.CitizenProposals;
import jp.cityplan.domain.proposal.ProposalAccess;
import jp.cityplan.domain.proposal.PublishedAnswer;
import jp.cityplan.domain.proposal.ReceiptNumber;
import org.junit.jupiter.api.Test;

class ProposalInquiryTest {

    private final CitizenProposals proposals = mock(CitizenProposals.class);
    private final ProposalInquiry inquiry = new ProposalInquiry(mock(ProposalAccess.class), proposals);

    @Test
    void a_page_reads_one_answer_more_to_know_that_a_next_page_exists() {
        given(proposals.published(40, 21)).willReturn(answers(21));

        PublishedPage page = inquiry.published(2, 20);

        assertThat(page.answers()).hasSize(20);
        assertThat(page.hasNext()).isTrue();
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.size()).isEqualTo(20);
    }

    @Test
    void the_last_page_has_no_next() {
        given(proposals.published(0, 21)).willReturn(answers(7));

        PublishedPage page = inquiry.published(0, 20);

        assertThat(page.answers()).hasSize(7);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void a_page_beyond_any_offset_the_store_can_read_is_empty() {
        PublishedPage page = inquiry.published(Integer.MAX_VALUE, 100);

        assertThat(page.answers()).isEmpty();
        assertThat(page.hasNext()).isFalse();
        verifyNoInteractions(proposals);
    }

    @Test
    void a_page_size_outside_1_to_100_is_refused() {
        assertThatThrownBy(() -> inquiry.published(0, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inquiry.published(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inquiry.published(-1, 20)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<PublishedAnswer> answers(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> new PublishedAnswer(new ReceiptNumber(String.format("P2026-%05d", n)), "件名" + n, "本文",
                        "community", "油井", PublishedAnswer.ANONYMOUS_NAME, "回答", Instant.EPOCH, Instant.EPOCH))
                .toList();
    }
}
