package jp.cityplan.app.adapter.in.web.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import jp.cityplan.app.application.opendata.OpenDataColumn;
import jp.cityplan.app.application.opendata.OpenDataset;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A dataset as CSV (RFC 4180: CRLF, double quotes where needed), UTF-8 without BOM, the Japanese names as header. */
final class OpenDataCsv {

    private OpenDataCsv() {
    }

    static String write(OpenDataset dataset) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(dataset.columns().stream().map(OpenDataColumn::name).toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<String> row : dataset.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
