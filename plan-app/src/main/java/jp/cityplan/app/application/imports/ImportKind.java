package jp.cityplan.app.application.imports;

/** What a CSV file holds. */
public enum ImportKind {
    /** Values of the plan's indicators (関連データ): 指標ID, 系列ID, 年度, 値, 出典. */
    OBSERVATIONS("指標の値"),
    /** Confirmed evaluation results (行政評価結果): 取組ID, 年度, 担当課 and the sheet's fields. */
    EVALUATIONS("行政評価の結果");

    private final String japaneseName;

    ImportKind(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
