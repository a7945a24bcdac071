package jp.cityplan.domain.plan;

/** The kinds of chapter a comprehensive plan (長期総合計画) has. */
public enum ChapterKind {
    /** 序論. */
    INTRODUCTION,
    /** 基本構想. */
    BASIC_VISION,
    /** 基本目標 N: its sections (施策 / policies) are referenced by relistings. */
    BASIC_GOAL,
    /** 方策の柱: the chapter of measures and approaches. */
    PILLAR,
    /** 資料編. */
    APPENDIX
}
