package jp.cityplan.domain.publicworks;

/** The kind of a public works project (事業種別); the trigger tables may treat kinds differently. */
public enum ProjectKind {
    /** 道路 */
    ROAD,
    /** 橋りょう */
    BRIDGE,
    /** 河川・砂防 */
    RIVER,
    /** 下水道 */
    SEWERAGE,
    /** 公園 */
    PARK,
    /** 土地区画整理 */
    LAND_READJUSTMENT,
    /** 公共施設（建築） */
    PUBLIC_BUILDING
}
