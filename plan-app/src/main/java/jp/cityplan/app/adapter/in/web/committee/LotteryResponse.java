package jp.cityplan.app.adapter.in.web.committee;

import java.util.List;
import jp.cityplan.domain.committee.ApplicationNumber;
import jp.cityplan.domain.committee.LotteryDraw;

/**
 * A recruitment's public lottery as published: the seed fixed in front of the witnesses, their names, the ordered list
 * of application numbers that took part, the seats and the numbers chosen. Application numbers only: no applicant is
 * named. Anyone re-runs the draw from {@code seed} and {@code list} (docs/processes/committee-recruitment.md).
 */
public record LotteryResponse(String recruitmentId, String seed, String witnesses, List<String> list, int seats,
                              List<String> chosen, String algorithm) {

    static final String ALGORITHM = "partial Fisher-Yates shuffle, j = i + (SHA-256(seed + \":\" + i) mod (n - i))";

    static LotteryResponse of(String recruitmentId, LotteryDraw draw) {
        return new LotteryResponse(recruitmentId, draw.seed(), draw.witnesses(), numbers(draw.list()), draw.seats(),
                numbers(draw.chosen()), ALGORITHM);
    }

    private static List<String> numbers(List<ApplicationNumber> numbers) {
        return numbers.stream().map(ApplicationNumber::value).toList();
    }
}
