package jp.cityplan.app.adapter.in.planfile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import jp.cityplan.domain.plan.ComprehensivePlan;
import org.springframework.stereotype.Component;

/**
 * Reads a plan file (YAML, or JSON, which YAML includes) in three steps, each of which names the file, the place
 * and the reason of what it refuses: the syntax (line and column), the JSON Schema {@code plans/plan-file.schema.json}
 * (the path in the document), then the domain's own rules.
 */
@Component
public class PlanFileReader {

    static final String SCHEMA_RESOURCE = "/plans/plan-file.schema.json";

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final ObjectMapper binder = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private final JsonSchema schema = loadSchema();

    public ComprehensivePlan read(String fileName, InputStream content) {
        JsonNode document = parse(fileName, content);
        List<PlanFileError> violations = validate(document);
        if (!violations.isEmpty()) {
            throw new PlanFileException(fileName, violations);
        }
        PlanFileDocument file = binder.convertValue(document, PlanFileDocument.class);
        return PlanAssembler.assemble(fileName, file.plan());
    }

    private JsonNode parse(String fileName, InputStream content) {
        try {
            JsonNode document = yaml.readTree(content);
            if (document == null || document.isMissingNode() || document.isNull()) {
                throw new PlanFileException(fileName, List.of(new PlanFileError("line 1", "the file is empty")));
            }
            return document;
        } catch (JsonProcessingException e) {
            throw new PlanFileException(fileName, List.of(new PlanFileError(place(e.getLocation()), e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plan file " + fileName, e);
        }
    }

    private static String place(JsonLocation location) {
        return location == null ? "unknown place" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private List<PlanFileError> validate(JsonNode document) {
        Set<ValidationMessage> messages = schema.validate(document);
        return messages.stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(m -> new PlanFileError(m.getInstanceLocation().toString(), reason(m)))
                .toList();
    }

    private static String reason(ValidationMessage message) {
        String text = message.getMessage();
        String location = message.getInstanceLocation().toString();
        // the library prefixes the message with the location; the place is reported separately
        return text.startsWith(location + ": ") ? text.substring(location.length() + 2) : text;
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = PlanFileReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("plan file schema " + SCHEMA_RESOURCE + " is missing from the class path");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
