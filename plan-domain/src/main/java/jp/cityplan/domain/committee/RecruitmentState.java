package jp.cityplan.domain.committee;

/** Where a recruitment stands. */
public enum RecruitmentState {
    /** 募集中: applications are accepted until the closing time. */
    OPEN,
    /** 締切: the panel screens and selects. */
    CLOSED,
    /** 選考済: the selection waits for the head of the city. */
    SELECTED,
    /** 委嘱済: the chosen applicants are members. */
    APPOINTED,
    /** 直接委嘱: no (approved) selection; the division appoints members directly. */
    DIRECT_APPOINTMENT
}
