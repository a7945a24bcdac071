package jp.cityplan.app.config.retention;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Sets the history time to live of every process and decision the engine deploys to the city's retention
 * ({@link RetentionProperties}), whatever the model says: the model's {@code camunda:historyTimeToLive} is the
 * modeller's proposal, the setting is the city's decision. At every start, before the app's deployment, the
 * definitions deployed earlier (all versions) are brought to the current setting as well ({@link RetentionAlignment}).
 */
public class RetentionPlugin extends AbstractProcessEnginePlugin {

    private final RetentionProperties retention;

    public RetentionPlugin(RetentionProperties retention) {
        this.retention = retention;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.setHistoryTimeToLive(retention.daysFor(processDefinition.getKey()));
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    /** Before the app's deployment: the versions deployed earlier get the current setting too. */
    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        new RetentionAlignment(retention).align(processEngine.getRepositoryService());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
        if (dmn != null) {
            dmn.getTransformer().getTransformListeners().add(new DecisionRetention());
        }
    }

    private final class DecisionRetention implements DmnTransformListener {

        @Override
        public void transformDecision(Decision decision, DmnDecision dmnDecision) {
            if (dmnDecision instanceof DecisionDefinitionEntity definition) {
                definition.setHistoryTimeToLive(retention.daysFor(definition.getKey()));
            }
        }

        @Override
        public void transformDecisionTableInput(Input input, DmnDecisionTableInputImpl dmnInput) {
            // only the decision itself has a history time to live
        }

        @Override
        public void transformDecisionTableOutput(Output output, DmnDecisionTableOutputImpl dmnOutput) {
            // only the decision itself has a history time to live
        }

        @Override
        public void transformDecisionTableRule(Rule rule, DmnDecisionTableRuleImpl dmnRule) {
            // only the decision itself has a history time to live
        }

        @Override
        public void transformDecisionRequirementsGraph(Definitions definitions, DmnDecisionRequirementsGraph graph) {
            // the graph has no history of its own
        }
    }
}
