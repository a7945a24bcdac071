package jp.cityplan.app.adapter.in.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of pages and problem texts: Japanese unless the reader chose otherwise with {@code ?lang=en}
 * (kept in a cookie). Texts come from {@code messages.properties} (Japanese) and {@code messages_en.properties}.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfig implements WebMvcConfigurer {

    /** The query parameter and cookie that carry the reader's language choice. */
    public static final String LANGUAGE_PARAMETER = "lang";

    private final Locale defaultLocale;

    public LocaleConfig(@Value("${spring.web.locale:ja}") Locale defaultLocale) {
        this.defaultLocale = defaultLocale;
    }

    /** Named {@code localeResolver} so that it replaces Spring Boot's Accept-Language resolver. */
    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_PARAMETER);
        resolver.setDefaultLocale(defaultLocale);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName(LANGUAGE_PARAMETER);
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
