package jp.cityplan.app.adapter.in.web.opendata;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.cityplan.app.application.opendata.OpenDataCatalogue;
import jp.cityplan.app.application.opendata.OpenDataColumn;
import jp.cityplan.app.application.opendata.OpenDataset;
import jp.cityplan.domain.shared.JapaneseDates;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The open data (二次利用可能な形式): a catalogue page listing every dataset with its licence and update date, and each
 * dataset as CSV and JSON under {@code /open-data/<id>.csv|json}. Public, read-only.
 */
@Controller
@RequiredArgsConstructor
public class OpenDataController {

    private static final ZoneId CITY_ZONE = ZoneId.of("Asia/Tokyo");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OpenDataCatalogue catalogue;

    /** A dataset as the catalogue lists it. */
    public record Entry(String id, String title, String description, String updated, String updatedIso, int rows,
                        List<String> columns) {
    }

    @GetMapping("/open-data")
    public String catalogue(Model model) {
        model.addAttribute("datasets", catalogue.datasets().stream().map(OpenDataController::entry).toList());
        model.addAttribute("licence", OpenDataCatalogue.LICENCE);
        model.addAttribute("licenceUrl", OpenDataCatalogue.LICENCE_URL);
        return "opendata/catalogue";
    }

    private static Entry entry(OpenDataset dataset) {
        var updated = dataset.updated().map(i -> i.atZone(CITY_ZONE).toLocalDate());
        return new Entry(dataset.id(), dataset.title(), dataset.description(),
                updated.map(JapaneseDates::format).orElse("未登録"), updated.map(Object::toString).orElse(""),
                dataset.rows().size(), dataset.columns().stream().map(OpenDataColumn::name).toList());
    }

    @GetMapping("/open-data/{id}.csv")
    public ResponseEntity<String> csv(@PathVariable String id) {
        OpenDataset dataset = dataset(id);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(dataset.id() + ".csv").build().toString())
                .body(OpenDataCsv.write(dataset));
    }

    @GetMapping(path = "/open-data/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> json(@PathVariable String id) {
        OpenDataset dataset = dataset(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", dataset.id());
        body.put("title", dataset.title());
        body.put("license", "CC-BY-4.0");
        body.put("licenseUrl", OpenDataCatalogue.LICENCE_URL);
        body.put("updated", dataset.updated().map(Instant::toString).orElse(null));
        body.put("columns", dataset.columns().stream()
                .map(c -> Map.of("key", c.key(), "name", c.name())).toList());
        List<OpenDataColumn> columns = dataset.columns();
        body.put("records", dataset.rows().stream().map(row -> {
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                record.put(columns.get(i).key(), row.get(i));
            }
            return record;
        }).toList());
        return ResponseEntity.ok(body);
    }

    private OpenDataset dataset(String id) {
        return catalogue.dataset(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
