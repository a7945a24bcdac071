package jp.cityplan.domain.committee;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Require;

/**
 * Receives an application: refuses it after the closing time, checks every field (the essay against the
 * recruitment's limit), refuses a second application by the same person, issues the receipt number and stores it.
 * Bad input changes nothing. Eligibility (age, relation, positions, seats) is not checked here but by the
 * eligibility table, so that an under-age applicant gets a recorded, explained ineligibility rather than a refusal.
 */
public final class ApplicationIntake {

    static final int NAME_LIMIT = 50;
    static final int ADDRESS_LIMIT = 200;
    static final int EMAIL_LIMIT = 254;
    static final int OCCUPATION_LIMIT = 100;
    static final int REASONS_LIMIT = 1000;
    static final int OTHER_SEATS_LIMIT = 99;
    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}ー・ 　]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private final CommitteeRecruitments recruitments;
    private final Applications applications;
    private final Clock clock;

    public ApplicationIntake(CommitteeRecruitments recruitments, Applications applications, Clock clock) {
        this.recruitments = Require.present(recruitments, "recruitments");
        this.applications = Require.present(applications, "applications");
        this.clock = Require.present(clock, "clock");
    }

    /**
     * @throws UnknownCommitteeException   where there is no such recruitment
     * @throws InvalidApplicationException naming every field that cannot be accepted
     */
    public Received apply(RecruitmentId recruitmentId, ApplicationDraft draft) {
        Require.present(draft, "application draft");
        CommitteeRecruitment recruitment = recruitments.get(recruitmentId);
        Instant now = clock.instant();
        if (!recruitment.isOpenAt(now)) {
            throw new InvalidApplicationException(List.of(FieldError.of("recruitment", FieldError.Reason.CLOSED)));
        }
        FieldChecks checks = new FieldChecks();
        LocalDate today = now.atZone(CommitteeRecruitment.CITY_ZONE).toLocalDate();
        String name = checks.required("name", draft.name(), NAME_LIMIT);
        String kana = checks.matching("kana", draft.kana(), NAME_LIMIT, KANA);
        LocalDate birthDate = checks.date("birthDate", draft.birthDate(), EARLIEST_BIRTH_DATE, today);
        Sex sex = checks.choice("sex", draft.sex(), Sex.class);
        String address = checks.required("address", draft.address(), ADDRESS_LIMIT);
        String email = checks.matching("email", draft.email(), EMAIL_LIMIT, EMAIL);
        Relation relation = checks.choice("relation", draft.relation(), Relation.class);
        String occupation = checks.required("occupation", draft.occupation(), OCCUPATION_LIMIT);
        Position position = checks.choice("position", draft.position(), Position.class);
        Integer otherSeats = checks.wholeNumber("otherSeats", draft.otherSeats(), 0, OTHER_SEATS_LIMIT);
        String reasons = checks.required("reasons", draft.reasons(), REASONS_LIMIT);
        String essay = checks.required("essay", draft.essay(), recruitment.terms().essayLimit());
        if (!checks.isClean()) {
            throw new InvalidApplicationException(checks.errors());
        }
        Applicant applicant = new Applicant(name, kana, birthDate, sex, address, email, relation, occupation, position,
                otherSeats);
        if (applications.hasApplied(recruitmentId, applicant.identity())) {
            throw new InvalidApplicationException(List.of(FieldError.of("name", FieldError.Reason.DUPLICATE)));
        }
        ApplicationNumber number = applications.nextNumber(FiscalYear.containing(today));
        Application application = Application.receive(number, recruitmentId, applicant, reasons, essay, now);
        applications.add(application);
        return new Received(application, new ApplicationReceipt(number, recruitmentId,
                recruitment.terms().resultExpectedOn()));
    }

    /** The stored application and what the applicant is told. */
    public record Received(Application application, ApplicationReceipt receipt) {
    }

    /** How many characters the essay has, as the limit counts them (code points after trimming). */
    public static int characterCount(String essay) {
        if (essay == null) {
            return 0;
        }
        String text = essay.strip();
        return text.codePointCount(0, text.length());
    }
}
