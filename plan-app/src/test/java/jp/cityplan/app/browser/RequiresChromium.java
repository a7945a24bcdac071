package jp.cityplan.app.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives Debian's Chromium: skipped, with the reason, where Chromium or ChromeDriver is missing;
 * failed instead when {@code PLAN_REQUIRE_EXTERNAL_TOOLS=true} (see {@link ExternalTools}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ExternalTools.ChromiumCondition.class)
public @interface RequiresChromium {
}
