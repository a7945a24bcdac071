package jp.cityplan.domain.committee;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import jp.cityplan.domain.shared.Require;

/**
 * The person who applies, as they state it. Everything here but {@code relation}, {@code position},
 * {@code otherSeats} and {@code sex} is personal data: it stays in the application table, never in a log line or a
 * process variable. {@link #toString()} says nothing personal.
 */
public record Applicant(String name, String kana, LocalDate birthDate, Sex sex, String address, String email,
                        Relation relation, String occupation, Position position, int otherSeats) {

    public Applicant {
        Require.text(name, "name");
        Require.text(kana, "kana");
        Require.present(birthDate, "birth date");
        Require.present(sex, "sex");
        Require.text(address, "address");
        Require.text(email, "email");
        Require.present(relation, "relation");
        Require.text(occupation, "occupation");
        Require.present(position, "position");
        if (otherSeats < 0) {
            throw new IllegalArgumentException("other seats must not be negative");
        }
    }

    /** Age in whole years on the given day. */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /**
     * Who the person is for the duplicate check: the name without spaces and width differences, and the birth date.
     * Two applications with the same identity to the same recruitment are one person applying twice.
     */
    public String identity() {
        String tidy = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        return tidy + "|" + birthDate;
    }

    @Override
    public String toString() {
        return "Applicant[" + relation + ", " + position + ", other seats " + otherSeats + "]";
    }
}
