package jp.cityplan.domain.evaluation;

/** Where the money of an initiative's project cost (事業費) comes from (財源内訳). */
public enum FundingSource {
    NATIONAL("国庫支出金"),
    PREFECTURAL("県支出金"),
    MUNICIPAL_BOND("地方債"),
    OTHER("その他特定財源"),
    GENERAL("一般財源");

    private final String japaneseName;

    FundingSource(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
