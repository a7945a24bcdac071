package jp.cityplan.app.application.opendata;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One dataset of the open data (二次利用可能な形式), served as CSV and JSON and listed in the catalogue. The columns
 * start with 全国地方公共団体コード and an ID, and end with 備考, as the national standard datasets do. A dataset
 * never holds personal data: whoever adds one (public works results, recruitment outcomes …) writes one class.
 */
public interface OpenDataset {

    /** The file name without extension, e.g. {@code plan-initiatives}. */
    String id();

    /** The Japanese title shown in the catalogue. */
    String title();

    String description();

    List<OpenDataColumn> columns();

    /** The rows, each with one value per column in column order; an empty string where a value is absent. */
    List<List<String>> rows();

    /** When the data last changed; empty where nothing is stored yet. */
    Optional<Instant> updated();
}
