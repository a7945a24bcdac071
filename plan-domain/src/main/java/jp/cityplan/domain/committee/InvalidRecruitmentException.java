package jp.cityplan.domain.committee;

import java.util.List;

/** Recruitment terms the city's rules do not allow, e.g. a period shorter than three weeks. */
public class InvalidRecruitmentException extends InputRefusedException {

    private static final long serialVersionUID = 1L;

    public InvalidRecruitmentException(List<FieldError> errors) {
        super("recruitment", errors);
    }
}
