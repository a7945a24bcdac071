package jp.cityplan.app.config.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Japanese translations of the Camunda webapps as the running app serves them: the app's own
 * {@code META-INF/resources/webjars/camunda/app/<app>/} files come before the webjar's, so {@code locales/ja.json}
 * and {@code scripts/config.js} are the city's while {@code locales/en.json} is still the webjar's. Each ja.json has
 * exactly the keys of that en.json, the same placeholders and HTML in every label, and no label left in English
 * unless it is on the short list of words that stay as they are; each config.js offers Japanese first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:webapps-ja;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class JapaneseWebappsTest {

    private static final String WEBJAR = "/META-INF/resources/webjars/camunda/app/";

    /** Angular placeholders, moment's %d/%s, HTML tags and entities: what a translation must carry over unchanged. */
    private static final Pattern MARKUP = Pattern.compile("\\{\\{\\s*[\\w.]+\\s*}}|%[ds]|</?[a-zA-Z][^>]*>|&[a-z]+;");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    /**
     * What may stay in Latin letters in a Japanese label: product names, "OK", "ID", the {@code <null>} markers and
     * the search operators (once placeholders, the required-field star and punctuation are taken out).
     */
    private static final Set<String> KEPT_AS_IN_ENGLISH = Set.of("", "Camunda", "Cockpit", "Optimize", "Poweredby",
            "OK", "ID", "<null>", "<undefined>", "<", "<=", ">", ">=");
    private static final Pattern NOT_A_WORD = Pattern.compile("\\{\\{\\s*[\\w.]+\\s*}}|[\\s*:～]");

    static Stream<String> translatedApps() {
        return Stream.of("tasklist", "welcome", "admin");
    }

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @MethodSource("translatedApps")
    void the_served_japanese_labels_have_exactly_the_keys_of_the_webjars_english_ones(String app) throws Exception {
        Map<String, String> english = flatten(json.readTree(classpath(WEBJAR + app + "/locales/en.json")));
        Map<String, String> japanese = flatten(json.readTree(served("/camunda/app/" + app + "/locales/ja.json")));

        assertThat(english).as("the webjar's en.json").hasSizeGreaterThan(50);
        assertThat(japanese.keySet()).as("keys of %s ja.json", app).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    @ParameterizedTest
    @MethodSource("translatedApps")
    void every_japanese_label_keeps_the_placeholders_and_html_of_its_english_one(String app) throws Exception {
        Map<String, String> english = flatten(json.readTree(classpath(WEBJAR + app + "/locales/en.json")));
        Map<String, String> japanese = flatten(json.readTree(served("/camunda/app/" + app + "/locales/ja.json")));

        List<String> differing = new ArrayList<>();
        english.forEach((key, text) -> {
            if (japanese.containsKey(key) && !markup(text).equals(markup(japanese.get(key)))) {
                differing.add(key + ": " + markup(text) + " ≠ " + markup(japanese.get(key)));
            }
        });
        assertThat(differing).as("labels whose placeholders or HTML differ").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("translatedApps")
    void every_label_is_in_japanese_but_for_a_few_names_and_signs(String app) throws Exception {
        Map<String, String> japanese = flatten(json.readTree(served("/camunda/app/" + app + "/locales/ja.json")));

        List<String> untranslated = japanese.entrySet().stream()
                .filter(e -> e.getKey().startsWith("labels."))
                .filter(e -> !JAPANESE.matcher(e.getValue()).find())
                .filter(e -> !KEPT_AS_IN_ENGLISH.contains(NOT_A_WORD.matcher(e.getValue()).replaceAll("")))
                .map(e -> e.getKey() + "=" + e.getValue())
                .toList();
        assertThat(untranslated).as("labels of %s ja.json with no Japanese in them", app).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("translatedApps")
    void the_served_config_offers_japanese_first_and_falls_back_to_it(String app) throws Exception {
        String served = served("/camunda/app/" + app + "/scripts/config.js");
        String shipped = classpathOfWebjar(app + "/scripts/config.js");

        assertThat(served).isNotEqualTo(shipped);
        assertThat(availableLocales(served)).containsExactly("ja", "en");
        Matcher fallback = Pattern.compile("fallbackLocale:\\s*'(\\w+)'").matcher(served);
        assertThat(fallback.find()).as("a fallbackLocale in %s config.js", app).isTrue();
        assertThat(fallback.group(1)).isEqualTo("ja");
        assertThat(withoutLocales(served)).as("everything but the locales section is as shipped")
                .isEqualTo(withoutLocales(shipped));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin"})
    void english_is_still_the_webjars_own(String app) throws Exception {
        assertThat(json.readTree(served("/camunda/app/" + app + "/locales/en.json")))
                .isEqualTo(json.readTree(classpath(WEBJAR + app + "/locales/en.json")));
    }

    static Stream<Arguments> dateFormats() {
        return Stream.of(Arguments.of("L", "YYYY/MM/DD"), Arguments.of("LT", "HH:mm"));
    }

    @ParameterizedTest
    @MethodSource("dateFormats")
    void tasklist_writes_dates_the_japanese_way(String format, String pattern) throws Exception {
        JsonNode japanese = json.readTree(served("/camunda/app/tasklist/locales/ja.json"));
        assertThat(japanese.at("/dateLocales/longDateFormat/" + format).asText()).isEqualTo(pattern);
        assertThat(japanese.at("/dateLocales/months/0").asText()).isEqualTo("1月");
    }

    // --- helpers ------------------------------------------------------------------------------------------------------

    private String served(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return withoutByteOrderMark(response.body());
    }

    private static String classpath(String path) throws IOException {
        try (InputStream in = JapaneseWebappsTest.class.getResourceAsStream(path)) {
            assertThat(in).as("%s on the class path", path).isNotNull();
            return withoutByteOrderMark(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The webjar's own file, not the app's override of it that comes first on the class path. */
    private static String classpathOfWebjar(String appPath) throws IOException {
        String path = WEBJAR.substring(1) + appPath;
        var urls = JapaneseWebappsTest.class.getClassLoader().getResources(path);
        while (urls.hasMoreElements()) {
            var url = urls.nextElement();
            if (url.toString().contains("camunda-webapp-webjar")) {
                try (InputStream in = url.openStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("the webjar holds no " + path);
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Leaf values by path: {@code labels.CLAIM_TASK}, {@code dateLocales.months[0]}. */
    static Map<String, String> flatten(JsonNode node) {
        Map<String, String> leaves = new LinkedHashMap<>();
        flatten("", node, leaves);
        return leaves;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node.asText());
        }
    }

    /** Placeholders, tags and entities of a label, sorted (word order may change in Japanese), spaces dropped. */
    static List<String> markup(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = MARKUP.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replace(" ", ""));
        }
        found.sort(null);
        return found;
    }

    private static List<String> availableLocales(String config) {
        Matcher matcher = Pattern.compile("availableLocales:\\s*\\[([^]]*)]").matcher(config);
        assertThat(matcher.find()).as("an availableLocales list").isTrue();
        return Stream.of(matcher.group(1).split(",")).map(s -> s.trim().replace("'", "")).toList();
    }

    /** The config without its locales section, commented out (as shipped) or not (as changed), and its comment. */
    private static String withoutLocales(String config) {
        return config
                .replaceAll("(?m)^[ \\t]*// CHANGED for the city.*\\n([ \\t]*//.*\\n)*", "")
                .replaceAll("(?m)^[ \\t]*(//[ \\t]*)?['\"]?locales['\"]?:[ \\t]*\\{\\n(.*\\n){2}[ \\t]*(//[ \\t]*)?},?\\n", "");
    }
}
