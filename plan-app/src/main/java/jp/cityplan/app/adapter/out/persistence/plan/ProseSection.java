package jp.cityplan.app.adapter.out.persistence.plan;

/** The prose sections of an approach, as stored in {@code plan_approach_paragraph.section}. */
enum ProseSection {
    /** 現状と課題. */
    CURRENT_SITUATION,
    /** 基本方針. */
    BASIC_POLICY
}
