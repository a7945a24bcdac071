package jp.cityplan.domain.publicworks;

/** Where an evaluation stands. */
public enum EvaluationState {
    /** 調書作成中: the owning division fills in (or corrects a returned) sheet */
    SHEET_REQUESTED,
    SHEET_FILLED,
    /** 対応方針案を作成した */
    POLICY_DRAFTED,
    /** 委員会意見を得た */
    OPINION_GIVEN,
    DECIDED,
    PUBLISHED
}
