package jp.cityplan.domain.committee;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Orders eligible applications by the panel's average score, best first; equal averages keep the earlier
 * application first (ascending number), so the order is always the same for the same scores.
 */
public final class Ranking {

    private Ranking() {
    }

    public static List<Application> byScore(List<Application> applications) {
        return applications.stream().filter(app -> app.outcome() == ApplicationOutcome.ELIGIBLE)
                .sorted(Comparator.comparing((Application app) -> app.averageScore().orElse(BigDecimal.ZERO)).reversed()
                        .thenComparing(Application::number))
                .toList();
    }

    /** The best {@code seats} applications. */
    public static List<ApplicationNumber> best(List<Application> applications, int seats) {
        return byScore(applications).stream().limit(seats).map(Application::number).toList();
    }

    /** The applications whose average reaches the pass mark, in ascending number: the published lottery list. */
    public static List<ApplicationNumber> passing(List<Application> applications, int passMark) {
        BigDecimal mark = BigDecimal.valueOf(passMark);
        return applications.stream().filter(app -> app.outcome() == ApplicationOutcome.ELIGIBLE)
                .filter(app -> app.averageScore().orElse(BigDecimal.ZERO).compareTo(mark) >= 0)
                .map(Application::number).sorted().toList();
    }

    /** Every eligible application in ascending number: the lottery list where there are no scores. */
    public static List<ApplicationNumber> eligible(List<Application> applications) {
        return applications.stream().filter(app -> app.outcome() == ApplicationOutcome.ELIGIBLE)
                .map(Application::number).sorted().toList();
    }
}
