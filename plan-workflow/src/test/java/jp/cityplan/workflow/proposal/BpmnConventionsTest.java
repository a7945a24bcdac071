package jp.cityplan.workflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.beans.Introspector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.cityplan.domain.proposal.CitizenNotifications;
import jp.cityplan.domain.proposal.StaffNotifications;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The house rules for every model in {@code bpmn/} (the class-path copy of the repository's top-level folder): history
 * time-to-live, no Java classes or scripts in the models, forms on every user task and where they are deployed, due
 * dates, meaningful ids, save points before the outside world, and a complete diagram.
 */
class BpmnConventionsTest {

    /** What Camunda Modeler generates when nobody names an element. */
    private static final Pattern GENERATED_ID = Pattern.compile(
            "^(Activity|Task|Gateway|Event|Flow|StartEvent|EndEvent|SequenceFlow|DataObject|Participant|Process"
                    + "|Definitions|Decision|DecisionTable|InputClause|OutputClause|DecisionRule|UnaryTests|LiteralExpression"
                    + "|Input|Output|Rule|InputEntry|OutputEntry|Form|Field|Textfield|Checkbox|Select|Group)_[0-9][0-9a-z]{6}$"
                    + "|^(StartEvent|EndEvent|Task|Gateway)_\\d+$");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([a-z][A-Za-z0-9]*)\\}$");
    private static final Pattern BEAN_REFERENCE = Pattern.compile("\\$\\{([a-z][A-Za-z0-9]*)\\.");
    private static final String DUE_DATE_EXEMPTION = "dueDateExemption";
    private static final int NEWEST_SCHEMA_VERSION_TASKLIST_RENDERS = 16;

    private static Path folder;
    private static Map<String, Class<?>> beans;

    @BeforeAll
    static void findModelsAndBeans() throws URISyntaxException {
        URL url = BpmnConventionsTest.class.getClassLoader().getResource("bpmn");
        assertThat(url).as("bpmn/ on the class path").isNotNull();
        folder = Path.of(url.toURI());
        beans = componentsIn("jp.cityplan.workflow");
    }

    private static List<Path> files(String extension) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> path.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BpmnModelInstance bpmn(Path path) {
        return Bpmn.readModelFromFile(path.toFile());
    }

    private static String text(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Class<?>> componentsIn(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        Map<String, Class<?>> found = new HashMap<>();
        for (BeanDefinition definition : scanner.findCandidateComponents(basePackage)) {
            try {
                Class<?> type = Class.forName(definition.getBeanClassName());
                String name = type.getAnnotation(Component.class).value();
                found.put(name.isEmpty() ? Introspector.decapitalize(type.getSimpleName()) : name, type);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private static Map<String, JsonObject> forms() {
        Map<String, JsonObject> forms = new HashMap<>();
        for (Path path : files(".form")) {
            try (InputStream in = Files.newInputStream(path)) {
                JsonObject form = JsonParser.parseReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))
                        .getAsJsonObject();
                forms.put(form.get("id").getAsString(), form);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return forms;
    }

    @Test
    void theFolderHoldsThePublicWorksModels() {
        assertThat(files(".bpmn")).extracting(path -> path.getFileName().toString())
                .contains("public-works-evaluation.bpmn", "evaluation-committee-review.bpmn", "public-works-scan.bpmn");
        assertThat(files(".dmn")).extracting(path -> path.getFileName().toString()).contains(
                "public-works-outcome.dmn", "public-works-trigger-national.dmn", "public-works-trigger-local.dmn");
    }

    @Test
    void theFolderHoldsTheProposalModels() {
        assertThat(files(".bpmn")).extracting(path -> path.getFileName().toString()).contains("citizen-proposal.bpmn");
        assertThat(files(".dmn")).extracting(path -> path.getFileName().toString())
                .contains("proposal-triage.dmn", "proposal-routing.dmn");
        assertThat(files(".form")).hasSizeGreaterThanOrEqualTo(10);
    }

    @TestFactory
    Stream<DynamicTest> everyProcessIsExecutableWithHistoryTimeToLiveAndNamedAfterItsFile() {
        return files(".bpmn").stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            Collection<Process> processes = bpmn(path).getModelElementsByType(Process.class);
            assertThat(processes).extracting(Process::getId)
                    .containsExactly(path.getFileName().toString().replace(".bpmn", ""));
            for (Process process : processes) {
                assertThat(process.isExecutable()).as("executable").isTrue();
                assertThat(process.getCamundaHistoryTimeToLiveString()).as("history time-to-live").isNotBlank();
                assertThat(process.getCamundaVersionTag()).as("version tag").isNotBlank();
                assertThat(process.getName()).as("name").isNotBlank();
            }
            assertThat(text(path)).contains("modeler:executionPlatform=\"Camunda Platform\"")
                    .contains("modeler:executionPlatformVersion=\"7.24.0\"");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyDecisionHasHistoryTimeToLive() {
        return files(".dmn").stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            DmnModelInstance model = Dmn.readModelFromFile(path.toFile());
            Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
            assertThat(decisions).isNotEmpty();
            for (Decision decision : decisions) {
                assertThat(decision.getCamundaHistoryTimeToLiveString()).as(decision.getId()).isNotBlank();
            }
            assertThat(decisions).extracting(Decision::getId).contains(path.getFileName().toString().replace(".dmn", ""));
        }));
    }

    @TestFactory
    Stream<DynamicTest> noModelRunsAJavaClassOrAScript() {
        return Stream.concat(files(".bpmn").stream(), files(".dmn").stream())
                .map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> assertThat(text(path))
                        .doesNotContain("camunda:class=")
                        .doesNotContain("scriptTask")
                        .doesNotContain("camunda:script")
                        .doesNotContain("camunda:resource=")
                        .doesNotContain("scriptFormat")));
    }

    @TestFactory
    Stream<DynamicTest> idsSayWhatTheyAreAndAreNeverGenerated() {
        Pattern idAttribute = Pattern.compile("\\sid=\"([^\"]+)\"");
        Stream<DynamicTest> xmlIds = Stream.concat(files(".bpmn").stream(), files(".dmn").stream())
                .map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
                    Matcher matcher = idAttribute.matcher(text(path));
                    List<String> generated = new ArrayList<>();
                    while (matcher.find()) {
                        if (GENERATED_ID.matcher(matcher.group(1)).find()) {
                            generated.add(matcher.group(1));
                        }
                    }
                    assertThat(generated).as("generated ids").isEmpty();
                }));
        Stream<DynamicTest> prefixes = files(".bpmn").stream()
                .map(path -> DynamicTest.dynamicTest(path.getFileName() + " prefixes", () -> {
                    BpmnModelInstance model = bpmn(path);
                    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                        assertThat(node.getId()).as("id of %s", node.getElementType().getTypeName())
                                .startsWith(prefixOf(node));
                        assertThat(node.getName()).as("label of %s", node.getId()).isNotBlank();
                    }
                    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                        assertThat(flow.getId()).startsWith("SequenceFlow_");
                    }
                }));
        return Stream.concat(xmlIds, prefixes);
    }

    private static String prefixOf(FlowNode node) {
        if (node instanceof StartEvent) {
            return "StartEvent_";
        }
        if (node instanceof EndEvent) {
            return "EndEvent_";
        }
        if (node instanceof BoundaryEvent) {
            return "BoundaryEvent_";
        }
        if (node instanceof Gateway) {
            return "Gateway_";
        }
        if (node instanceof SubProcess) {
            return "SubProcess_";
        }
        if (node instanceof org.camunda.bpm.model.bpmn.instance.CallActivity) {
            return "CallActivity_";
        }
        if (node instanceof Task) {
            return "Task_";
        }
        return "Event_";
    }

    @TestFactory
    Stream<DynamicTest> everyUserTaskAndStartFormUsesADeployedCamundaForm() {
        Map<String, JsonObject> forms = forms();
        return files(".bpmn").stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            BpmnModelInstance model = bpmn(path);
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotBlank();
                assertThat(task.getCamundaFormRefBinding()).as("binding of %s", task.getId()).isEqualTo("deployment");
                assertThat(task.getCamundaFormKey()).as("form key of %s", task.getId()).isNull();
                assertThat(forms).as("form %s", task.getCamundaFormRef()).containsKey(task.getCamundaFormRef());
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
                    assertThat(forms).containsKey(start.getCamundaFormRef());
                }
                assertThat(start.getCamundaFormKey()).isNull();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFormIsNamedAfterItsFileAndRendersInTasklist() {
        return files(".form").stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            JsonObject form = JsonParser.parseString(text(path)).getAsJsonObject();
            assertThat(form.get("id").getAsString()).isEqualTo(path.getFileName().toString().replace(".form", ""));
            assertThat(form.get("schemaVersion").getAsInt()).isBetween(1, NEWEST_SCHEMA_VERSION_TASKLIST_RENDERS);
            assertThat(form.get("executionPlatform").getAsString()).isEqualTo("Camunda Platform");
            List<JsonObject> keyed = new ArrayList<>();
            collectKeyed(form, keyed);
            assertThat(keyed).isNotEmpty();
            for (JsonObject field : keyed) {
                assertThat(field.get("label").getAsString()).as("label of %s", field.get("key"))
                        .matches(label -> label.codePoints().anyMatch(c -> c > 0x3000), "is Japanese");
                assertThat(field.get("type").getAsString()).as("type of %s", field.get("key"))
                        .isNotIn("checklist", "taglist", "dynamiclist", "filepicker");
            }
        }));
    }

    private static void collectKeyed(JsonObject component, List<JsonObject> keyed) {
        if (component.has("key")) {
            keyed.add(component);
        }
        if (component.has("components")) {
            for (JsonElement child : component.getAsJsonArray("components")) {
                collectKeyed(child.getAsJsonObject(), keyed);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyUserTaskHasADueDateOrSaysWhyNot() {
        return files(".bpmn").stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            for (UserTask task : bpmn(path).getModelElementsByType(UserTask.class)) {
                boolean exempt = properties(task).containsKey(DUE_DATE_EXEMPTION)
                        && !properties(task).get(DUE_DATE_EXEMPTION).isBlank();
                assertThat(task.getCamundaDueDate() != null || exempt)
                        .as("%s has a due date or a %s property", task.getId(), DUE_DATE_EXEMPTION).isTrue();
            }
        }));
    }

    private static Map<String, String> properties(BaseElement element) {
        if (element.getExtensionElements() == null) {
            return Map.of();
        }
        return element.getExtensionElements().getElementsQuery().filterByType(
                        org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .collect(Collectors.toMap(CamundaProperty::getCamundaName, CamundaProperty::getCamundaValue));
    }

    @TestFactory
    Stream<DynamicTest> delegatesAndListenersAreBeansOfThisModule() {
        return files(".bpmn").stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            BpmnModelInstance model = bpmn(path);
            List<String> expressions = new ArrayList<>();
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                assertThat(task.getCamundaDelegateExpression()).as("delegate of %s", task.getId())
                        .matches(BEAN_EXPRESSION);
                assertThat(task.getCamundaExpression()).as("expression of %s", task.getId()).isNull();
                assertThat(task.getCamundaType()).as("external task %s", task.getId()).isNull();
                expressions.add(task.getCamundaDelegateExpression());
            }
            for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
                assertThat(listener.getCamundaDelegateExpression()).matches(BEAN_EXPRESSION);
                expressions.add(listener.getCamundaDelegateExpression());
            }
            for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
                assertThat(listener.getCamundaDelegateExpression()).matches(BEAN_EXPRESSION);
                expressions.add(listener.getCamundaDelegateExpression());
            }
            for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
                assertThat(task.getCamundaDecisionRef()).as("decision of %s", task.getId()).isNotBlank();
                assertThat(files(".dmn")).extracting(p -> p.getFileName().toString())
                        .contains(task.getCamundaDecisionRef() + ".dmn");
                assertThat(task.getCamundaMapDecisionResult()).as("%s keeps its result primitive", task.getId())
                        .isIn("singleEntry", "collectEntries");
            }
            for (MultiInstanceLoopCharacteristics loop : model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
                Matcher matcher = BEAN_REFERENCE.matcher(loop.getCamundaCollection());
                assertThat(matcher.find()).as("collection %s", loop.getCamundaCollection()).isTrue();
                expressions.add("${" + matcher.group(1) + "}");
            }
            for (String expression : expressions) {
                Matcher matcher = BEAN_EXPRESSION.matcher(expression);
                assertThat(matcher.matches()).isTrue();
                assertThat(beans).as("a @Component named %s", matcher.group(1)).containsKey(matcher.group(1));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> tasksThatTalkToTheOutsideRunAfterASavePoint() {
        return files(".bpmn").stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            BpmnModelInstance model = bpmn(path);
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                Matcher matcher = BEAN_EXPRESSION.matcher(task.getCamundaDelegateExpression());
                assertThat(matcher.matches()).isTrue();
                Class<?> delegate = beans.get(matcher.group(1));
                if (delegate != null && talksToTheOutside(delegate)) {
                    assertThat(task.isCamundaAsyncBefore()).as("%s (%s) is asyncBefore", task.getId(),
                            delegate.getSimpleName()).isTrue();
                }
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                boolean messageStart = !start.getChildElementsByType(MessageEventDefinition.class).isEmpty();
                if (messageStart && start.getParentElement() instanceof Process) {
                    assertThat(start.isCamundaAsyncAfter()).as("%s is a save point", start.getId()).isTrue();
                }
            }
        }));
    }

    private static boolean talksToTheOutside(Class<?> delegate) {
        Set<Class<?>> outside = Set.of(CitizenNotifications.class, StaffNotifications.class,
                jp.cityplan.domain.publicworks.CommitteeReminders.class);
        return Arrays.stream(delegate.getConstructors()).map(Constructor::getParameterTypes)
                .flatMap(Arrays::stream).anyMatch(outside::contains);
    }

    @Test
    void theNotificationDelegatesAreRecognisedAsTalkingToTheOutside() {
        assertThat(beans.entrySet().stream().filter(bean -> talksToTheOutside(bean.getValue())).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("confirmReceiptDelegate", "rejectProposalDelegate", "sendAnswerByEmailDelegate",
                        "remindDivisionDelegate", "escalateOverdueDelegate", "remindCommitteeDelegate");
    }

    @TestFactory
    Stream<DynamicTest> everyDiagramShowsEveryElement() {
        return files(".bpmn").stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            BpmnModelInstance model = bpmn(path);
            assertThat(model.getDefinitions().getBpmDiagrams()).hasSize(1);
            Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
            Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                    .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
            assertThat(shapes).containsAll(ids(model.getModelElementsByType(FlowNode.class)));
            assertThat(edges).containsAll(ids(model.getModelElementsByType(SequenceFlow.class)));
            for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
                assertThat(edge.getWaypoints()).as("waypoints of %s", edge.getId()).hasSizeGreaterThanOrEqualTo(2);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> noTwoShapesOverlap() {
        return files(".bpmn").stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            List<BpmnShape> shapes = bpmn(path).getModelElementsByType(BpmnShape.class).stream()
                    .filter(shape -> !(shape.getBpmnElement() instanceof SubProcess)
                            && !(shape.getBpmnElement() instanceof BoundaryEvent))
                    .toList();
            for (int i = 0; i < shapes.size(); i++) {
                for (int j = i + 1; j < shapes.size(); j++) {
                    assertThat(overlap(shapes.get(i), shapes.get(j)))
                            .as("%s overlaps %s", shapes.get(i).getBpmnElement().getId(),
                                    shapes.get(j).getBpmnElement().getId())
                            .isFalse();
                }
            }
        }));
    }

    private static boolean overlap(BpmnShape a, BpmnShape b) {
        var p = a.getBounds();
        var q = b.getBounds();
        return p.getX() < q.getX() + q.getWidth() && q.getX() < p.getX() + p.getWidth()
                && p.getY() < q.getY() + q.getHeight() && q.getY() < p.getY() + p.getHeight();
    }

    private static Set<String> ids(Collection<? extends ModelElementInstance> elements) {
        return elements.stream().map(element -> ((BaseElement) element).getId()).collect(Collectors.toSet());
    }
}
