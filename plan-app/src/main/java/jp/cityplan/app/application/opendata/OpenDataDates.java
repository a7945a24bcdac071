package jp.cityplan.app.application.opendata;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** When the data behind a dataset last changed: the newest timestamp of a column. */
public class OpenDataDates {

    private final JdbcTemplate jdbc;

    public OpenDataDates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The plans were loaded. */
    public Optional<Instant> plansLoaded() {
        return newest("select max(loaded_at) from plan_plan");
    }

    public Optional<Instant> observationsEntered() {
        return newest("select max(entered_at) from indicator_observation_entry");
    }

    public Optional<Instant> answersPublished() {
        return newest("select max(published_at) from proposal_case");
    }

    public Optional<Instant> evaluationsConfirmed() {
        return newest("select max(updated_at) from evaluation_sheet where state = 'CONFIRMED'");
    }

    /** The newest public works evaluation was published: the start of that day in Japan. */
    public Optional<Instant> publicWorksPublished() {
        LocalDate newest = jdbc.queryForObject("select max(published_on) from public_works_evaluation", LocalDate.class);
        return Optional.ofNullable(newest).map(day -> day.atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant());
    }

    private Optional<Instant> newest(String sql) {
        Timestamp newest = jdbc.queryForObject(sql, Timestamp.class);
        return Optional.ofNullable(newest).map(Timestamp::toInstant);
    }

    /** The later of two dates, either may be absent. */
    public static Optional<Instant> later(Optional<Instant> one, Optional<Instant> other) {
        if (one.isEmpty()) {
            return other;
        }
        if (other.isEmpty()) {
            return one;
        }
        return Optional.of(one.get().isAfter(other.get()) ? one.get() : other.get());
    }
}
