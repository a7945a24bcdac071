package jp.cityplan.app.application.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import jp.cityplan.domain.proposal.Channel;
import jp.cityplan.domain.proposal.ProposalDraft;
import jp.cityplan.domain.proposal.PublicationConsent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RequestFingerprintTest {

    private static final ProposalDraft DRAFT = new ProposalDraft(Channel.WEB_FORM, null, "件名", "本文", "community",
            List.of("3-1.2"), "二本松", "花子", "油井", "金色403-1", "hanako@example.jp", "0243-55-0000", true,
            PublicationConsent.ANONYMOUS);

    @Test
    void the_same_request_has_the_same_fingerprint_and_none_of_its_text() {
        String fingerprint = RequestFingerprint.of(DRAFT);

        assertThat(RequestFingerprint.of(copy(d -> d))).isEqualTo(fingerprint);
        assertThat(fingerprint).matches("[0-9a-f]{64}").doesNotContain("hanako");
    }

    @Test
    void no_initiatives_and_an_empty_list_are_the_same_request() {
        assertThat(RequestFingerprint.of(with(null))).isEqualTo(RequestFingerprint.of(with(List.of())));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void any_changed_field_changes_the_fingerprint(UnaryOperator<ProposalDraft> change) {
        assertThat(RequestFingerprint.of(change.apply(DRAFT))).isNotEqualTo(RequestFingerprint.of(DRAFT));
    }

    static Stream<UnaryOperator<ProposalDraft>> changes() {
        return Stream.of(
                d -> new ProposalDraft(d.channel(), d.intakeOffice(), "件名2", d.text(), d.category(), d.initiatives(),
                        d.familyName(), d.givenName(), d.area(), d.postalAddress(), d.email(), d.phone(), d.wantsAnswer(),
                        d.publicationConsent()),
                // text moved from one field to the next must not give the same bytes
                d -> new ProposalDraft(d.channel(), d.intakeOffice(), "件名本", "文", d.category(), d.initiatives(),
                        d.familyName(), d.givenName(), d.area(), d.postalAddress(), d.email(), d.phone(), d.wantsAnswer(),
                        d.publicationConsent()),
                d -> new ProposalDraft(d.channel(), d.intakeOffice(), d.subject(), d.text(), d.category(), List.of("3-1.3"),
                        d.familyName(), d.givenName(), d.area(), d.postalAddress(), d.email(), d.phone(), d.wantsAnswer(),
                        d.publicationConsent()),
                d -> new ProposalDraft(d.channel(), d.intakeOffice(), d.subject(), d.text(), d.category(), d.initiatives(),
                        d.familyName(), d.givenName(), d.area(), d.postalAddress(), null, d.phone(), d.wantsAnswer(),
                        d.publicationConsent()),
                d -> new ProposalDraft(d.channel(), d.intakeOffice(), d.subject(), d.text(), d.category(), d.initiatives(),
                        d.familyName(), d.givenName(), d.area(), d.postalAddress(), "", d.phone(), d.wantsAnswer(),
                        d.publicationConsent()),
                d -> new ProposalDraft(d.channel(), d.intakeOffice(), d.subject(), d.text(), d.category(), d.initiatives(),
                        d.familyName(), d.givenName(), d.area(), d.postalAddress(), d.email(), d.phone(), false,
                        d.publicationConsent()),
                d -> new ProposalDraft(d.channel(), d.intakeOffice(), d.subject(), d.text(), d.category(), d.initiatives(),
                        d.familyName(), d.givenName(), d.area(), d.postalAddress(), d.email(), d.phone(), d.wantsAnswer(),
                        PublicationConsent.WITH_SURNAME));
    }

    private static ProposalDraft with(List<String> initiatives) {
        return new ProposalDraft(DRAFT.channel(), null, DRAFT.subject(), DRAFT.text(), DRAFT.category(), initiatives,
                DRAFT.familyName(), DRAFT.givenName(), DRAFT.area(), DRAFT.postalAddress(), DRAFT.email(), DRAFT.phone(),
                DRAFT.wantsAnswer(), DRAFT.publicationConsent());
    }

    private static ProposalDraft copy(UnaryOperator<ProposalDraft> change) {
        return change.apply(new ProposalDraft(DRAFT.channel(), null, "件名", "本文", "community", List.of("3-1.2"), "二本松",
                "花子", "油井", "金色403-1", "hanako@example.jp", "0243-55-0000", true, PublicationConsent.ANONYMOUS));
    }
}
