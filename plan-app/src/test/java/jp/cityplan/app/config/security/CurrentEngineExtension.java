package jp.cityplan.app.config.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The engine's REST API and the webapps find the engine by name in Camunda's static registry, where the app context
 * started last in the test JVM has put its own "default" engine. Before each test this context's engine is put back,
 * so that calls over HTTP reach the engine the test looks at. (A running app has one context and one engine.)
 */
public class CurrentEngineExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ProcessEngine engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
        if (ProcessEngines.getProcessEngine(engine.getName()) != engine) {
            ProcessEngines.registerProcessEngine(engine);
        }
    }
}
