package jp.cityplan.domain.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.cityplan.domain.plan.InitiativeCode;

/** A draft whose every field was checked: the only way to a new {@link CitizenProposal}. */
record CheckedSubmission(
        Channel channel,
        String intakeOffice,
        String subject,
        String text,
        String category,
        List<InitiativeCode> initiatives,
        Contact contact,
        boolean wantsAnswer,
        PublicationConsent publicationConsent) {

    static final int SUBJECT_MAX = 100;
    static final int TEXT_MAX = 4000;
    static final int NAME_MAX = 30;
    static final int AREA_MAX = 50;
    static final int ADDRESS_MAX = 200;
    static final int EMAIL_MAX = 254;
    static final int PHONE_MAX = 20;
    static final int OFFICE_MAX = 100;
    static final int INITIATIVES_MAX = 10;

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9\\- ()]{8,18}[0-9]");

    static CheckedSubmission check(ProposalDraft draft, ProposalRules rules) {
        FieldChecks checks = new FieldChecks();
        Channel channel = draft.channel() == null ? Channel.WEB_FORM : draft.channel();
        String office = channel == Channel.PROPOSAL_BOX
                ? checks.required("intakeOffice", draft.intakeOffice(), OFFICE_MAX)
                : checks.optional("intakeOffice", draft.intakeOffice(), OFFICE_MAX);
        String subject = checks.required("subject", draft.subject(), SUBJECT_MAX);
        String text = checks.required("text", draft.text(), TEXT_MAX);
        String category = checks.required("category", draft.category(), 40);
        if (category != null && !rules.categories().contains(category)) {
            checks.add(Violation.of("category", Violation.Reason.UNKNOWN));
        }
        List<InitiativeCode> initiatives = initiatives(draft.initiatives(), rules, checks);
        Contact contact = new Contact(
                checks.optional("familyName", draft.familyName(), NAME_MAX),
                checks.optional("givenName", draft.givenName(), NAME_MAX),
                checks.optional("area", draft.area(), AREA_MAX),
                checks.optional("postalAddress", draft.postalAddress(), ADDRESS_MAX),
                checks.matching("email", draft.email(), EMAIL_MAX, EMAIL),
                checks.matching("phone", toHalfWidthDigits(draft.phone()), PHONE_MAX, PHONE));
        PublicationConsent consent = draft.publicationConsent() == null ? PublicationConsent.NONE : draft.publicationConsent();
        checks.throwIfAny();
        return new CheckedSubmission(channel, office, subject, text, category, initiatives, contact,
                draft.wantsAnswer(), consent);
    }

    private static List<InitiativeCode> initiatives(List<String> codes, ProposalRules rules, FieldChecks checks) {
        List<InitiativeCode> initiatives = new ArrayList<>();
        if (codes == null) {
            return initiatives;
        }
        if (codes.size() > INITIATIVES_MAX) {
            checks.add(new Violation("initiatives", Violation.Reason.TOO_MANY, INITIATIVES_MAX));
            return initiatives;
        }
        for (String code : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            try {
                InitiativeCode initiative = new InitiativeCode(code.strip());
                if (rules.initiativeExists().test(initiative)) {
                    initiatives.add(initiative);
                } else {
                    checks.add(Violation.of("initiatives", Violation.Reason.UNKNOWN));
                }
            } catch (IllegalArgumentException e) {
                checks.add(Violation.of("initiatives", Violation.Reason.MALFORMED));
            }
        }
        return initiatives.stream().distinct().toList();
    }

    private static String toHalfWidthDigits(String phone) {
        if (phone == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(phone.length());
        phone.codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '－' || c == 'ー' || c == '‐') {
                out.append('-');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    @Override
    public String toString() {
        return "CheckedSubmission[" + channel + ", " + category + "]";
    }
}
