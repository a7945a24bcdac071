package jp.cityplan.app.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.cityplan.app.application.committee.ApplicationDesk;
import jp.cityplan.domain.committee.ApplicationDraft;
import jp.cityplan.domain.committee.Committee;
import jp.cityplan.domain.committee.CommitteeId;
import jp.cityplan.domain.committee.CommitteeRecruitment;
import jp.cityplan.domain.committee.Committees;
import jp.cityplan.domain.committee.Member;
import jp.cityplan.domain.committee.RecruitmentId;
import jp.cityplan.domain.committee.Sex;
import jp.cityplan.workflow.committee.CommitteeRecruitmentClient;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For the demo only ({@code demo.committees.enabled}): on the first start, two committees from the city's world
 * (長期総合計画審議会, 行政改革推進委員会) with their appointed members, an open recruitment with a few applications (one
 * of them ineligible), and a closed one whose applications wait for the selection panel (users {@code sentei1},
 * {@code sentei2}). All people are invented; the e-mails go to the demo mail sink.
 */
@Slf4j
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 9)
@ConditionalOnProperty(name = "demo.committees.enabled", havingValue = "true")
@RequiredArgsConstructor
public class DemoCommittees implements ApplicationRunner {

    static final CommitteeId PLAN_COUNCIL = new CommitteeId("comprehensive-plan-council");
    static final CommitteeId REFORM_COMMITTEE = new CommitteeId("administrative-reform-committee");
    /**
     * The shortest demo period: a day more than the 21-day minimum, as a recruitment closes at the office's closing
     * time and the period counts from the moment it opens, at any hour of today.
     */
    static final Period SHORTEST_PERIOD = Period.ofDays(22);

    private final Committees committees;
    private final CommitteeRecruitmentClient client;
    private final ApplicationDesk desk;
    private final ManagementService managementService;
    private final RuntimeService runtimeService;

    @Override
    public void run(ApplicationArguments args) {
        if (committees.find(PLAN_COUNCIL).isPresent()) {
            return;
        }
        // the engine's clock: the process checks the recruitment period against it
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CommitteeRecruitment.CITY_ZONE);
        LocalDate termStart = today.plusMonths(3).withDayOfMonth(1);
        establish(Committee.establish(PLAN_COUNCIL, "長期総合計画審議会", "二本松市長期総合計画審議会条例", 15, 3,
                Period.ofYears(2), 40, "div-policy-promotion"), termStart, 4);
        establish(Committee.establish(REFORM_COMMITTEE, "行政改革推進委員会", "二本松市行政改革推進委員会設置要綱", 10, 2,
                Period.ofYears(2), 40, "div-administration"), termStart, 3);

        RecruitmentId open = client.open(opening(PLAN_COUNCIL, "SCORE", 3, today.plusDays(28), termStart,
                "10年後の二本松市の姿と、その実現のために市民ができること", 800));
        apply(open, "安達 ひかり", "あだち ひかり", "1988-07-14", "FEMALE", "LIVES", "NONE", "保育士",
                "子育て世代の声を計画に届けたい。", "子どもを育てながら働ける二本松市であってほしい。");
        apply(open, "岳 誠", "だけ まこと", "1962-11-03", "MALE", "WORKS", "NONE", "旅館経営",
                "観光の現場から意見を述べたい。", "岳温泉と城下町をつなぐ観光で、交流人口を増やしたい。");
        apply(open, "東和 健", "とうわ けん", "1979-02-20", "MALE", "LIVES", "CITY_EMPLOYEE", "市職員",
                "計画づくりに関わりたい。", "行政の経験を生かしたい。");

        RecruitmentId closed = client.open(opening(REFORM_COMMITTEE, "SCORE_THEN_LOTTERY", 2, today.plus(SHORTEST_PERIOD),
                termStart, "行政サービスをもっと便利にするアイデア", 400));
        apply(closed, "油井 さくら", "ゆい さくら", "1995-03-30", "FEMALE", "STUDIES", "NONE", "大学院生",
                "若い世代の視点を行政改革に。", "窓口に行かなくても手続ができる市役所にしたい。");
        apply(closed, "渋川 一", "しぶかわ はじめ", "1955-09-09", "MALE", "LIVES", "NONE", "無職",
                "退職後の経験を地域に還元したい。", "行政の仕事を市民と分担する仕組みを作りたい。");
        closeEarly(closed);
        log.info("Demo committees created: recruitment {} open, recruitment {} waiting for the selection panel",
                open, closed);
    }

    private void establish(Committee committee, LocalDate termStart, int appointed) {
        var term = committee.termStarting(termStart);
        for (int i = 1; i <= appointed; i++) {
            committee.appoint(Member.appointed("委員" + i + "（" + (i % 2 == 0 ? "学識経験者" : "団体推薦") + "）",
                    i % 2 == 0 ? Sex.FEMALE : Sex.MALE, term));
        }
        committees.add(committee);
    }

    private static Map<String, Object> opening(CommitteeId committee, String method, int seats, LocalDate closesOn,
                                               LocalDate termStart, String theme, int essayLimit) {
        Map<String, Object> form = new HashMap<>();
        form.put("committeeId", committee.value());
        form.put("seats", (long) seats);
        form.put("closesOn", closesOn.toString());
        form.put("essayTheme", theme);
        form.put("essayLimit", (long) essayLimit);
        form.put("selectionMethod", method);
        form.put("passMark", 60L);
        form.put("termStartsOn", termStart.toString());
        form.put("resultExpectedOn", closesOn.plusDays(21).toString());
        return form;
    }

    private void apply(RecruitmentId recruitment, String name, String kana, String birthDate, String sex,
                       String relation, String position, String occupation, String reasons, String essay) {
        desk.apply(recruitment, new ApplicationDraft(name, kana, birthDate, sex, "二本松市金色403-1",
                "demo-applicant@example.jp", relation, occupation, position, "0", reasons, essay));
    }

    /** The demo does not wait three weeks: the closing timer of the second recruitment is fired now. */
    private void closeEarly(RecruitmentId recruitment) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(recruitment.value())
                .singleResult().getId();
        List<org.camunda.bpm.engine.runtime.Job> timers = managementService.createJobQuery()
                .processInstanceId(instance).activityId("Event_ClosingTimeReached").list();
        timers.forEach(timer -> managementService.executeJob(timer.getId()));
    }
}
