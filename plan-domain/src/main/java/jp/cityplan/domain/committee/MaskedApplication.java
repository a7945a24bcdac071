package jp.cityplan.domain.committee;

import java.math.BigDecimal;
import jp.cityplan.domain.proposal.PersonalDataMask;

/**
 * An application as the selection panel and other roles without a need for personal data see it: no name, kana,
 * birth date, address or e-mail; the age band instead of the age; e-mail addresses, phone numbers and postal codes
 * in the free texts replaced by labels.
 */
public record MaskedApplication(ApplicationNumber number, String ageBand, Relation relation, String occupation,
                                int otherSeats, String reasons, String essay, ApplicationOutcome outcome,
                                BigDecimal averageScore) {

    public static MaskedApplication of(Application application, java.time.LocalDate onDay) {
        int age = application.applicant().ageOn(onDay);
        return new MaskedApplication(application.number(), (age / 10 * 10) + "代", application.applicant().relation(),
                PersonalDataMask.mask(application.applicant().occupation()), application.applicant().otherSeats(),
                PersonalDataMask.mask(application.reasons()), PersonalDataMask.mask(application.essay()),
                application.outcome(), application.averageScore().orElse(null));
    }
}
