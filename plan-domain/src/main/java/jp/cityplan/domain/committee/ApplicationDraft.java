package jp.cityplan.domain.committee;

/**
 * An application as typed into the web form or sent to the API: text only, checked by {@link ApplicationIntake}.
 * {@code birthDate} is an ISO date ({@code 1980-04-01}); the choices are the enum names.
 */
public record ApplicationDraft(String name, String kana, String birthDate, String sex, String address, String email,
                               String relation, String occupation, String position, String otherSeats,
                               String reasons, String essay) {

    @Override
    public String toString() {
        return "ApplicationDraft[personal data withheld]";
    }
}
