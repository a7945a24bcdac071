package jp.cityplan.app.adapter.in.web.proposal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads a submission strictly: an unknown field, a key given twice or anything after the JSON document is refused
 * (400) rather than ignored, so that a misspelt field never loses what a citizen wrote. Only
 * {@link SubmitProposalRequest} is read this way; the app's other JSON keeps Spring Boot's lenient defaults.
 */
@Configuration(proxyBeanMethods = false)
public class StrictProposalJson implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.stream()
                .filter(MappingJackson2HttpMessageConverter.class::isInstance)
                .map(MappingJackson2HttpMessageConverter.class::cast)
                .forEach(converter -> {
                    ObjectMapper strict = converter.getObjectMapper().copy()
                            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                    converter.registerObjectMappersForType(SubmitProposalRequest.class,
                            mappers -> mappers.put(MediaType.APPLICATION_JSON, strict));
                });
    }
}
