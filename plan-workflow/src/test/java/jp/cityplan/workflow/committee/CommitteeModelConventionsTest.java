package jp.cityplan.workflow.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.Collection;
import jp.cityplan.domain.committee.ApplicantNotifications;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * What the general {@code BpmnConventionsTest} cannot know about this model: its mail delegates run after a save
 * point, and its user tasks go to groups that the organisation file has or that the process sets from it.
 */
class CommitteeModelConventionsTest {

    private static BpmnModelInstance model() {
        InputStream in = CommitteeModelConventionsTest.class.getClassLoader()
                .getResourceAsStream("bpmn/committee-recruitment.bpmn");
        assertThat(in).isNotNull();
        return Bpmn.readModelFromStream(in);
    }

    @Test
    void tasksThatMailApplicantsRunAfterASavePoint() {
        Collection<ServiceTask> tasks = model().getModelElementsByType(ServiceTask.class);
        assertThat(tasks).filteredOn(task -> task.getCamundaDelegateExpression().equals("${tellIneligibleDelegate}")
                || task.getCamundaDelegateExpression().equals("${notifyApplicantsDelegate}"))
                .hasSize(2).allMatch(ServiceTask::isCamundaAsyncBefore);
        for (Class<?> delegate : new Class<?>[] {TellIneligibleDelegate.class, NotifyApplicantsDelegate.class}) {
            assertThat(Arrays.stream(delegate.getConstructors()).map(Constructor::getParameterTypes)
                    .flatMap(Arrays::stream)).contains(ApplicantNotifications.class);
        }
    }

    @Test
    void userTasksGoToTheDivisionThePanelOrTheFinalApprovers() {
        assertThat(model().getModelElementsByType(UserTask.class)).extracting(UserTask::getCamundaCandidateGroups)
                .allMatch(group -> group.equals("${responsibleDivision}") || group.equals("${panelGroup}")
                        || group.equals("${finalApproverGroup}"));
    }
}
