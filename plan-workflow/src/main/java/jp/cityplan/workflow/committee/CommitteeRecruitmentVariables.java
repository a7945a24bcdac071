package jp.cityplan.workflow.committee;

import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.APPLICATION_NUMBER;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.RECRUITMENT_ID;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.SCORING_ASSIGNMENT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import jp.cityplan.domain.committee.ApplicationNumber;
import jp.cityplan.domain.committee.CommitteeRecruitment;
import jp.cityplan.domain.committee.MemberSelection;
import jp.cityplan.domain.committee.RecruitmentId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the few variables of {@code committee-recruitment} with their types (Strings, Booleans, numbers,
 * java.util.Date: nothing serialized). As the bean {@code committeeRecruitmentVariables} it also gives the scoring
 * multi-instance its collection: one entry {@code <panel member>|<application number>} per member and eligible
 * application, so that every member scores every eligible application in parallel.
 */
@Component("committeeRecruitmentVariables")
public class CommitteeRecruitmentVariables {

    static final String ASSIGNMENT_SEPARATOR = "|";
    /** More members than any panel has; the engine refuses unbounded queries for signed-in users. */
    static final int MAX_PANEL = 200;

    private final MemberSelection selection;
    private final CommitteeRecruitmentSettings settings;

    public CommitteeRecruitmentVariables(MemberSelection selection, CommitteeRecruitmentSettings settings) {
        this.selection = selection;
        this.settings = settings;
    }

    /** Every panel member with every eligible application; the members are the users of the panel group. */
    public List<String> scoringAssignments(DelegateExecution execution) {
        List<String> members = execution.getProcessEngineServices().getIdentityService().createUserQuery()
                .memberOfGroup(settings.panelGroup()).orderByUserId().asc().listPage(0, MAX_PANEL).stream().map(User::getId).toList();
        if (members.isEmpty()) {
            throw new RecruitmentInputException("選考委員のグループ「" + settings.panelGroup() + "」に委員がいません。"
                    + "委員を登録してから、もう一度実行してください。");
        }
        List<String> assignments = new ArrayList<>();
        for (ApplicationNumber application : selection.eligible(recruitmentId(execution))) {
            for (String member : members) {
                assignments.add(member + ASSIGNMENT_SEPARATOR + application.value());
            }
        }
        return assignments;
    }

    public static RecruitmentId recruitmentId(VariableScope scope) {
        return new RecruitmentId(required(scope, RECRUITMENT_ID));
    }

    public static ApplicationNumber applicationNumber(VariableScope scope) {
        return new ApplicationNumber(required(scope, APPLICATION_NUMBER));
    }

    /** The panel member of a scoring task's assignment. */
    public static String panelMemberOf(VariableScope scope) {
        String assignment = required(scope, SCORING_ASSIGNMENT);
        return assignment.substring(0, assignment.indexOf(ASSIGNMENT_SEPARATOR));
    }

    /** The application of a scoring task's assignment. */
    public static ApplicationNumber applicationOf(VariableScope scope) {
        String assignment = required(scope, SCORING_ASSIGNMENT);
        return new ApplicationNumber(assignment.substring(assignment.indexOf(ASSIGNMENT_SEPARATOR) + 1));
    }

    /** The variable as stripped text; null where it is absent or blank. */
    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    static String required(VariableScope scope, String name) {
        String value = text(scope, name);
        if (value == null) {
            throw new IllegalStateException("the process instance has no " + name);
        }
        return value;
    }

    public static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Boolean b) {
            return b;
        }
        return value != null && "true".equalsIgnoreCase(value.toString().strip());
    }

    public static String joined(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(","));
    }

    /** The moment a city date and office time stand for (Asia/Tokyo). */
    public static Date cityTime(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(CommitteeRecruitment.CITY_ZONE).toInstant());
    }
}
