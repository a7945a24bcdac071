package jp.cityplan.domain.proposal;

import java.util.List;

/**
 * What a citizen (or staff typing a paper form) submits, as typed: checked by {@link ProposalSubmission}.
 *
 * @param intakeOffice the office, branch or community centre whose proposal box held a paper form
 * @param initiatives  codes of the plan's initiatives the proposal concerns (e.g. {@code 2-1.6}), may be empty
 */
public record ProposalDraft(
        Channel channel,
        String intakeOffice,
        String subject,
        String text,
        String category,
        List<String> initiatives,
        String familyName,
        String givenName,
        String area,
        String postalAddress,
        String email,
        String phone,
        boolean wantsAnswer,
        PublicationConsent publicationConsent) {

    @Override
    public String toString() {
        return "ProposalDraft[" + channel + ", category=" + category + "]";
    }
}
