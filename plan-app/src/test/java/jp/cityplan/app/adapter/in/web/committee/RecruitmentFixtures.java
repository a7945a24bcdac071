package jp.cityplan.app.adapter.in.web.committee;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import jp.cityplan.domain.committee.Committee;
import jp.cityplan.domain.committee.CommitteeId;
import jp.cityplan.domain.committee.CommitteeRecruitment;
import jp.cityplan.domain.committee.Committees;
import jp.cityplan.domain.committee.RecruitmentId;
import jp.cityplan.workflow.committee.CommitteeRecruitmentClient;

/** A committee and an open recruitment in a running app, made the way the division makes them. */
public final class RecruitmentFixtures {

    private RecruitmentFixtures() {
    }

    /** Establishes the committee where it is missing and opens a recruitment closing in 30 days. */
    public static RecruitmentId openRecruitment(Committees committees, CommitteeRecruitmentClient client, String committeeId,
                                                String method) {
        CommitteeId id = new CommitteeId(committeeId);
        if (committees.find(id).isEmpty()) {
            committees.add(Committee.establish(id, "テスト審議会 " + committeeId, "二本松市テスト審議会条例", 10, 3,
                    Period.ofYears(2), 40, "div-policy-promotion"));
        }
        LocalDate today = LocalDate.now(CommitteeRecruitment.CITY_ZONE);
        Map<String, Object> form = new HashMap<>();
        form.put("committeeId", committeeId);
        form.put("seats", 2L);
        form.put("closesOn", today.plusDays(30).toString());
        form.put("essayTheme", "二本松市の10年後の姿");
        form.put("essayLimit", 400L);
        form.put("selectionMethod", method);
        form.put("passMark", 60L);
        form.put("termStartsOn", today.plusDays(90).toString());
        form.put("resultExpectedOn", today.plusDays(60).toString());
        return client.open(form);
    }

    public static String applicationJson(String name, String birthDate, String essay) {
        return """
                {"name": "%s", "kana": "ニホンマツ ハナコ", "birthDate": "%s", "sex": "FEMALE",
                 "address": "二本松市金色403-1", "email": "hanako@example.jp", "relation": "LIVES",
                 "occupation": "会社員", "position": "NONE", "otherSeats": "0",
                 "reasons": "まちづくりに参加したいからです。", "essay": "%s"}""".formatted(name, birthDate, essay);
    }
}
