package jp.cityplan.app.application.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The committee recruitments (委員の公募) by where they stand, from {@code committee_recruitment}, with the number of
 * applications each state's recruitments received. Counts only: no applicant is ever named here.
 */
public class RecruitmentFigures implements DashboardFigure {

    static final String COCKPIT = "/camunda/app/cockpit/default/#/processes";

    /** The states in the order a recruitment goes through them, with their Japanese names. */
    private static final Map<String, String> STATES = new LinkedHashMap<>();

    static {
        STATES.put("OPEN", "募集中");
        STATES.put("CLOSED", "選考中");
        STATES.put("SELECTED", "市長の決裁待ち");
        STATES.put("APPOINTED", "委嘱済");
        STATES.put("DIRECT_APPOINTMENT", "直接委嘱");
    }

    private final JdbcTemplate jdbc;

    public RecruitmentFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> compute(DashboardQuery query) {
        return List.of(byState());
    }

    Figure byState() {
        Map<String, Long> recruitments = new LinkedHashMap<>();
        jdbc.query("select state, count(*) from committee_recruitment group by state",
                row -> { recruitments.put(row.getString(1), row.getLong(2)); });
        long applications = jdbc.queryForObject("select count(*) from committee_application", Long.class);
        if (recruitments.isEmpty()) {
            return Figure.ofBars("recruitment-states", "委員の公募の状況", "公募はまだありません。", "件", List.of());
        }
        List<Figure.Bar> bars = new ArrayList<>();
        STATES.forEach((state, name) -> bars.add(new Figure.Bar(name,
                BigDecimal.valueOf(recruitments.getOrDefault(state, 0L)),
                "OPEN".equals(state) ? "/recruitments" : COCKPIT)));
        long total = recruitments.values().stream().mapToLong(Long::longValue).sum();
        return Figure.ofBars("recruitment-states", "委員の公募の状況",
                "公募 " + total + "件、応募 " + applications + "件。", "件", bars);
    }
}
