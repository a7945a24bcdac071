package jp.cityplan.workflow.proposal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link PersonalDataHistoryFilter} in front of the engine's history event handler. A process engine plugin
 * bean is picked up by the Camunda Spring Boot starter; tests list it in their engine configuration.
 */
@Component("personalDataHistoryPlugin")
public class PersonalDataHistoryPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!(configuration.getHistoryEventHandler() instanceof PersonalDataHistoryFilter)) {
            configuration.setHistoryEventHandler(new PersonalDataHistoryFilter(configuration.getHistoryEventHandler()));
        }
    }
}
