package jp.cityplan.domain.publicworks;

/** Effects that cannot be monetised, ticked on the evaluation sheet (貨幣換算できない効果のチェックリスト). */
public enum NonMonetaryEffect {
    /** 安全・安心の向上 */
    SAFETY,
    /** 防災・減災 */
    DISASTER_PREVENTION,
    /** 環境・景観の保全 */
    ENVIRONMENT_AND_LANDSCAPE,
    /** 地域の活性化・交流 */
    REGIONAL_VITALITY,
    /** 生活の利便性・バリアフリー */
    ACCESSIBILITY,
    /** 医療・福祉・教育へのアクセス */
    ACCESS_TO_SERVICES,
    /** 広域連携への寄与 */
    REGIONAL_COOPERATION
}
