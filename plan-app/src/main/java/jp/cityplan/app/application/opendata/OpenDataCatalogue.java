package jp.cityplan.app.application.opendata;

import java.util.List;
import java.util.Optional;

/** Every open dataset the deployment serves, in the catalogue's order, under one licence. */
public class OpenDataCatalogue {

    /** The licence of every dataset. */
    public static final String LICENCE = "クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）";
    public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/deed.ja";

    private final List<OpenDataset> datasets;

    public OpenDataCatalogue(List<OpenDataset> datasets) {
        for (OpenDataset dataset : datasets) {
            List<OpenDataColumn> columns = dataset.columns();
            if (columns.size() < 3 || !columns.get(0).equals(OpenDataColumn.MUNICIPALITY_CODE)
                    || !columns.get(columns.size() - 1).equals(OpenDataColumn.REMARKS)) {
                throw new IllegalArgumentException("dataset " + dataset.id()
                        + " must start with 全国地方公共団体コード and an ID and end with 備考");
            }
        }
        this.datasets = List.copyOf(datasets);
    }

    public List<OpenDataset> datasets() {
        return datasets;
    }

    public Optional<OpenDataset> dataset(String id) {
        return datasets.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
