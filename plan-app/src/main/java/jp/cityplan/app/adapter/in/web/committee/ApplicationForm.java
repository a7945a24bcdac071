package jp.cityplan.app.adapter.in.web.committee;

import jp.cityplan.domain.committee.ApplicationDraft;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** The public application form's fields as typed; never logged (personal data). */
@Getter
@Setter
@NoArgsConstructor
public class ApplicationForm {

    private String name;
    private String kana;
    private String birthDate;
    private String sex;
    private String address;
    private String email;
    private String relation;
    private String occupation;
    private String position = "NONE";
    private String otherSeats = "0";
    private String reasons;
    private String essay;

    ApplicationDraft toDraft() {
        return new ApplicationDraft(name, kana, birthDate, sex, address, email, relation, occupation, position,
                otherSeats, reasons, essay);
    }

    @Override
    public String toString() {
        return "ApplicationForm[personal data withheld]";
    }
}
