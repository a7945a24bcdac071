package jp.cityplan.workflow.publicworks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.cityplan.domain.publicworks.CommitteeReminders;
import jp.cityplan.domain.publicworks.EvaluationReference;
import jp.cityplan.domain.publicworks.EvaluationSnapshot;
import jp.cityplan.domain.publicworks.Funding;
import jp.cityplan.domain.publicworks.ProjectDraft;
import jp.cityplan.domain.publicworks.ProjectKind;
import jp.cityplan.domain.publicworks.PublicWorksEvaluationCases;
import jp.cityplan.domain.publicworks.PublicWorksProject;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The world of the public works process tests: an in-memory register and evaluations, the real domain service,
 * delegates and listeners registered by bean name, three committee members and a clock in FY2025.
 */
final class PublicWorksWorld implements CommitteeReminders {

    static final Instant NOW = Instant.parse("2025-06-02T00:00:00Z");
    static final List<String> MEMBERS = List.of("iin-1", "iin-2", "iin-3");

    final InMemoryPublicWorks store = new InMemoryPublicWorks();
    final List<String> reminders = new ArrayList<>();
    final PublicWorksSettings settings;
    final PublicWorksEvaluationCases cases;
    final PublicWorksEvaluationClient client;
    final PublicWorksScan scan;

    PublicWorksWorld(ProcessEngine engine, PublicWorksSettings settings) {
        this.settings = settings;
        ClockUtil.setCurrentTime(java.util.Date.from(NOW));
        cases = new PublicWorksEvaluationCases(store, store, Clock.fixed(NOW, PublicWorksEvaluationVariables.CITY_ZONE));
        client = new PublicWorksEvaluationClient(engine.getRuntimeService(), cases, settings);
        scan = new PublicWorksScan(store, store, cases, new TriggerDecision(engine.getDecisionService()), client, settings);
        PublicWorksEvaluationVariables variables = new PublicWorksEvaluationVariables();
        Mocks.register("publicWorksVariables", variables);
        Mocks.register("recordEvaluationSheetListener", new RecordEvaluationSheetListener(cases));
        Mocks.register("recordDraftPolicyListener", new RecordDraftPolicyListener(cases));
        Mocks.register("determineCommitteeMembersDelegate",
                new DetermineCommitteeMembersDelegate(engine.getIdentityService(), settings));
        Mocks.register("collectMemberOpinionListener", new CollectMemberOpinionListener());
        Mocks.register("combineOpinionsDelegate", new CombineOpinionsDelegate(variables));
        Mocks.register("recordCommitteeOpinionListener", new RecordCommitteeOpinionListener(cases));
        Mocks.register("remindCommitteeDelegate", new RemindCommitteeDelegate(this));
        Mocks.register("recordCityDecisionListener", new RecordCityDecisionListener(cases));
        Mocks.register("publishEvaluationDelegate", new PublishEvaluationDelegate(cases));
        Mocks.register("scanPublicWorksRegisterDelegate", new ScanPublicWorksRegisterDelegate(scan));
        createCommittee(engine.getIdentityService());
    }

    private void createCommittee(IdentityService identity) {
        if (identity.createGroupQuery().groupId(settings.committeeGroup()).count() > 0) {
            return;
        }
        Group group = identity.newGroup(settings.committeeGroup());
        identity.saveGroup(group);
        for (String member : MEMBERS) {
            User user = identity.newUser(member);
            identity.saveUser(user);
            identity.createMembership(member, settings.committeeGroup());
        }
    }

    static void removeCommittee(ProcessEngine engine, String group) {
        IdentityService identity = engine.getIdentityService();
        MEMBERS.forEach(identity::deleteUser);
        identity.deleteGroup(group);
    }

    void register(String id, int adoptedIn, Funding funding, LocalDate started, LocalDate completed) {
        store.add(PublicWorksProject.register(new ProjectDraft(id, "市道油井線道路改良事業 " + id, "div-civil-engineering",
                ProjectKind.ROAD, funding, "4-1.1", adoptedIn, started, completed, 850_000_000L, 3_000_000L,
                "通学路の安全確保")));
    }

    EvaluationSnapshot evaluation(EvaluationReference reference) {
        return store.evaluations.get(reference);
    }

    @Override
    public void remindOfMeeting(EvaluationReference reference, LocalDate meetingOn) {
        reminders.add(reference + " " + meetingOn);
    }
}
