package jp.cityplan.app.adapter.in.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What {@code /v3/api-docs} and Swagger UI ({@code /swagger-ui.html}) say about the public plan API. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    static final String TITLE = "長期総合計画 API";

    @Bean
    public OpenAPI planApi(@Value("${plan.api.version:1.0.0}") String version) {
        return new OpenAPI().info(new Info()
                .title(TITLE)
                .version(version)
                .description("""
                        市の長期総合計画（方策・手法・主な取組事項・関連データ・注釈）を読み取り専用で公開する API です。\
                        再掲の行は掲載元の取組として解決され、本計画に収録されていない章への再掲は未解決の参照として示されます。\
                        関連データの値は職員が登録するまで空です（値を推測して返すことはありません）。

                        A read-only API for the city's long-term comprehensive plan: measures, approaches, main \
                        initiatives, related data (indicators) and notes. Relisted rows (再掲) are resolved to their \
                        home initiative; relistings of sections outside the plan's loaded chapters stay unresolved \
                        references. Indicator values stay empty until staff record them; none are ever invented.
                        Errors are RFC 7807 problem details (application/problem+json). Add ?lang=en for English \
                        problem texts (Japanese is the default)."""));
    }
}
