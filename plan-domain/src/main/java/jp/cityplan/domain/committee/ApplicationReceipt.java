package jp.cityplan.domain.committee;

import java.time.LocalDate;

/** What the applicant gets back: the receipt number and the day the result is expected. */
public record ApplicationReceipt(ApplicationNumber number, RecruitmentId recruitment, LocalDate resultExpectedOn) {
}
