package jp.cityplan.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import jp.cityplan.domain.calendar.Closure;
import org.junit.jupiter.api.Test;

class ProposalPropertiesTest {

    private static final List<ProposalProperties.Category> ONE_CATEGORY =
            List.of(new ProposalProperties.Category("other", "その他", "Other"));

    @Test
    void settings_left_out_take_their_defaults() {
        ProposalProperties properties = new ProposalProperties(null, null, null, null, null, ONE_CATEGORY, null, null,
                null, null, null);

        assertThat(properties.statusPage()).isEqualTo(URI.create("http://localhost:8080/proposals/status"));
        assertThat(properties.tasklist()).isEqualTo(URI.create("http://localhost:8080/camunda/app/tasklist/"));
        assertThat(properties.answerBusinessDays()).isEqualTo(14);
        assertThat(properties.reminderBusinessDaysBefore()).isEqualTo(2);
        assertThat(properties.finalApproverGroup()).isEqualTo("final-approvers");
        assertThat(properties.answerDueTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(properties.reminderTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(properties.cityClosures()).isEmpty();
        assertThat(properties.mail().from()).isEqualTo("koho@city.nihonmatsu.example");
        assertThat(properties.mail().replyTo()).isEqualTo("koho@city.nihonmatsu.example");
        assertThat(properties.mail().cityName()).isEqualTo("二本松市");
    }

    @Test
    void a_closure_is_read_as_month_and_day_and_a_single_day_needs_no_end() {
        ProposalProperties properties = new ProposalProperties(null, null, null, null, List.of(
                new ProposalProperties.ClosureSetting("08-13", "08-15", "夏季休庁"),
                new ProposalProperties.ClosureSetting("11-03", null, "市民の日")), ONE_CATEGORY, null, null, null,
                null, null);

        assertThat(properties.cityClosures()).containsExactly(
                new Closure(MonthDay.of(8, 13), MonthDay.of(8, 15), "夏季休庁"),
                Closure.on(MonthDay.of(11, 3), "市民の日"));
    }

    @Test
    void a_closure_not_written_as_month_and_day_is_refused_naming_it() {
        ProposalProperties properties = new ProposalProperties(null, null, null, null, List.of(
                new ProposalProperties.ClosureSetting("8/15", null, "夏季休庁")), ONE_CATEGORY, null, null, null,
                null, null);

        assertThatThrownBy(properties::cityClosures).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("夏季休庁").hasMessageContaining("8/15");
    }

    @Test
    void categories_must_be_given_once_each_with_a_japanese_label() {
        assertThatThrownBy(() -> new ProposalProperties(null, null, null, null, null, List.of(), null, null, null,
                null, null)).hasMessageContaining("at least one category");
        assertThatThrownBy(() -> new ProposalProperties(null, null, null, null, null, List.of(
                new ProposalProperties.Category("other", "その他", null),
                new ProposalProperties.Category("other", "そのほか", null)), null, null, null, null, null))
                .hasMessageContaining("'other' twice");
        assertThatThrownBy(() -> new ProposalProperties.Category("other", " ", "Other"))
                .hasMessageContaining("Japanese label");
        assertThat(new ProposalProperties.Category("other", "その他", null).en()).isEqualTo("その他");
    }

    @Test
    void the_status_page_is_a_path_under_the_public_base_url() {
        ProposalProperties properties = new ProposalProperties("https://www.city.example/", "/teian/joukyou", null,
                null, null, ONE_CATEGORY, null, null, null, null, null);

        assertThat(properties.statusPage()).isEqualTo(URI.create("https://www.city.example/teian/joukyou"));
        assertThat(properties.tasklist()).isEqualTo(URI.create("https://www.city.example/camunda/app/tasklist/"));
        assertThatThrownBy(() -> new ProposalProperties(null, "teian", null, null, null, ONE_CATEGORY, null, null,
                null, null, null)).hasMessageContaining("must start with '/'");
    }
}
