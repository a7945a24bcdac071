package jp.cityplan.workflow.committee;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.cityplan.domain.committee.Application;
import jp.cityplan.domain.committee.ApplicantNotifications;
import jp.cityplan.domain.committee.ApplicationDraft;
import jp.cityplan.domain.committee.ApplicationIntake;
import jp.cityplan.domain.committee.ApplicationNumber;
import jp.cityplan.domain.committee.Committee;
import jp.cityplan.domain.committee.CommitteeId;
import jp.cityplan.domain.committee.CommitteeRecruitment;
import jp.cityplan.domain.committee.MemberSelection;
import jp.cityplan.domain.committee.RecruitmentId;
import jp.cityplan.domain.committee.RecruitmentRules;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/** The domain, the delegates and a recording mailbox wired together for the recruitment process tests. */
final class CommitteeWorld {

    static final CommitteeId PLAN_COUNCIL = new CommitteeId("comprehensive-plan-council");
    static final String DIVISION = "div-policy-promotion";
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final List<String> PANEL = List.of("panelA", "panelB");

    final InMemoryCommitteeStore store = new InMemoryCommitteeStore();
    final List<String> told = new ArrayList<>();
    final MemberSelection selection;
    final ApplicationIntake intake;
    final CommitteeRecruitmentSettings settings = CommitteeRecruitmentSettings.defaults();
    private final ProcessEngine engine;

    CommitteeWorld(ProcessEngine engine) {
        this.engine = engine;
        Clock clock = new EngineClock();
        selection = new MemberSelection(store, store, store, RecruitmentRules::defaults, clock);
        intake = new ApplicationIntake(store, store, clock);
        store.add(Committee.establish(PLAN_COUNCIL, "長期総合計画審議会", "二本松市長期総合計画審議会条例", 15, 3,
                Period.ofYears(2), 40, DIVISION));
    }

    static void startTheClock() {
        ClockUtil.setCurrentTime(java.util.Date.from(NOW));
    }

    static void stopTheClock() {
        ClockUtil.reset();
    }

    void registerDelegates() {
        CommitteeRecruitmentClient client = client();
        ApplicantNotifications notifications = new ApplicantNotifications() {
            @Override
            public void tellIneligible(Application application, CommitteeRecruitment recruitment) {
                told.add(application.number() + " INELIGIBLE " + application.ineligibilities().get(0).code());
            }

            @Override
            public void tellResult(Application application, CommitteeRecruitment recruitment, Committee committee) {
                told.add(application.number() + " " + application.outcome());
            }
        };
        Mocks.register("committeeRecruitmentVariables", new CommitteeRecruitmentVariables(selection, settings));
        Mocks.register("openRecruitmentDelegate", new OpenRecruitmentDelegate(selection, settings));
        Mocks.register("checkEligibilityDelegate", new CheckEligibilityDelegate(selection));
        Mocks.register("tellIneligibleDelegate", new TellIneligibleDelegate(selection, notifications));
        Mocks.register("closeRecruitmentDelegate", new CloseRecruitmentDelegate(selection));
        Mocks.register("prepareScoringListener", new PrepareScoringListener(selection));
        Mocks.register("collectScoreListener", new CollectScoreListener(selection));
        Mocks.register("selectByScoreDelegate", new SelectByScoreDelegate(selection));
        Mocks.register("prepareLotteryListener", new PrepareLotteryListener(selection));
        Mocks.register("drawLotteryDelegate", new DrawLotteryDelegate(selection));
        Mocks.register("checkCompositionDelegate", new CheckCompositionDelegate(selection));
        Mocks.register("appointMembersDelegate", new AppointMembersDelegate(selection));
        Mocks.register("handToDirectAppointmentDelegate", new HandToDirectAppointmentDelegate(selection));
        Mocks.register("notifyApplicantsDelegate", new NotifyApplicantsDelegate(selection, notifications));
        Mocks.register("startNextRecruitmentDelegate", new StartNextRecruitmentDelegate(client));
    }

    CommitteeRecruitmentClient client() {
        return new CommitteeRecruitmentClient(engine.getRuntimeService());
    }

    /** The panel's users in the engine; group ids with hyphens need the app's resource id pattern. */
    void createPanel() {
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .setGroupResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*");
        var identity = engine.getIdentityService();
        if (identity.createGroupQuery().groupId(settings.panelGroup()).count() == 0) {
            identity.saveGroup(identity.newGroup(settings.panelGroup()));
        }
        for (String member : PANEL) {
            if (identity.createUserQuery().userId(member).count() == 0) {
                identity.saveUser(identity.newUser(member));
                identity.createMembership(member, settings.panelGroup());
            }
        }
    }

    /** The opening form as the division fills it in: closing 29 days after NOW, term from August. */
    static Map<String, Object> openingForm(String method, int seats) {
        Map<String, Object> form = new HashMap<>();
        form.put("committeeId", PLAN_COUNCIL.value());
        form.put("seats", (long) seats);
        form.put("closesOn", "2026-06-30");
        form.put("essayTheme", "二本松市の10年後の姿");
        form.put("essayLimit", 800L);
        form.put("selectionMethod", method);
        form.put("passMark", 60L);
        form.put("termStartsOn", "2026-08-01");
        form.put("resultExpectedOn", "2026-07-20");
        return form;
    }

    /** A citizen applies; the app then tells the recruitment's process. */
    ApplicationNumber apply(RecruitmentId recruitment, String name, String birthDate, String sex) {
        ApplicationDraft draft = new ApplicationDraft(name, "ニホンマツ タロウ", birthDate, sex, "二本松市金色403-1",
                "applicant@example.jp", "LIVES", "会社員", "NONE", "0", "まちづくりに参加したいからです。",
                "子どもと高齢者が共に暮らせるまち。連絡先は 090-1234-5678 です。");
        ApplicationNumber number = intake.apply(recruitment, draft).receipt().number();
        client().applicationReceived(recruitment, number);
        return number;
    }

    Application application(ApplicationNumber number) {
        return store.find(number).orElseThrow();
    }

    CommitteeRecruitment recruitment(RecruitmentId id) {
        return store.find(id).orElseThrow();
    }

    Committee planCouncil() {
        return store.find(PLAN_COUNCIL).orElseThrow();
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** The domain's clock reads the engine's, so that moving engine time moves the domain's. */
    static final class EngineClock extends Clock {
        @Override
        public ZoneId getZone() {
            return CommitteeRecruitment.CITY_ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
