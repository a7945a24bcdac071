package jp.cityplan.app.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The column tables of {@code docs/open-data.md}: per dataset id, its columns as (name, key) in order. */
final class DocumentedColumns {

    private static final Pattern HEADING = Pattern.compile("^### `([a-z0-9-]+)`.*$");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*([^|]+?)\\s*\\|\\s*([A-Za-z0-9]+)\\s*\\|.*\\|\\s*$");

    /** A documented column. */
    record Column(String name, String key) {
    }

    private DocumentedColumns() {
    }

    static Map<String, List<Column>> read() {
        Path doc = Path.of("..", "docs", "open-data.md");
        List<String> lines;
        try {
            lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        List<Column> current = null;
        for (String line : lines) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                current = new ArrayList<>();
                tables.put(heading.group(1), current);
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (current != null && row.matches() && !row.group(1).equals("列名") && !row.group(1).startsWith("---")) {
                current.add(new Column(row.group(1), row.group(2)));
            }
        }
        return tables;
    }
}
