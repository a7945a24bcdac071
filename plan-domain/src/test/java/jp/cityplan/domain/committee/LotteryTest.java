package jp.cityplan.domain.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import jp.cityplan.domain.shared.FiscalYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The public lottery")
class LotteryTest {

    private static final List<ApplicationNumber> LIST = IntStream.rangeClosed(1, 8)
            .mapToObj(n -> ApplicationNumber.of(FiscalYear.of(2026), n)).toList();

    @Test
    void gives_the_same_members_for_the_same_seed_and_list() {
        List<ApplicationNumber> first = Lottery.draw("2026-07-01 公開抽選 3-5-1", LIST, 3);
        List<ApplicationNumber> again = Lottery.draw("2026-07-01 公開抽選 3-5-1", List.copyOf(LIST), 3);

        assertThat(again).isEqualTo(first).hasSize(3).doesNotHaveDuplicates();
        assertThat(LIST).containsAll(first);
    }

    @Test
    void gives_the_documented_result_so_anyone_can_check_a_rerun() {
        // the example of docs/processes/committee-recruitment.md, re-run there with jshell
        List<ApplicationNumber> list = List.of(new ApplicationNumber("A2026-00001"), new ApplicationNumber("A2026-00002"),
                new ApplicationNumber("A2026-00003"), new ApplicationNumber("A2026-00004"),
                new ApplicationNumber("A2026-00005"));

        assertThat(Lottery.draw("20260701-4711", list, 2)).extracting(ApplicationNumber::value)
                .containsExactly(DOCUMENTED_FIRST, DOCUMENTED_SECOND);
    }

    static final String DOCUMENTED_FIRST = "A2026-00001";
    static final String DOCUMENTED_SECOND = "A2026-00003";

    @Test
    void gives_other_members_for_another_seed() {
        long distinctResults = IntStream.range(0, 20)
                .mapToObj(seed -> Lottery.draw("seed-" + seed, LIST, 3)).distinct().count();

        assertThat(distinctResults).isGreaterThan(1);
    }

    @Test
    void chooses_everyone_when_there_are_fewer_applications_than_seats() {
        assertThat(Lottery.draw("seed", LIST.subList(0, 2), 5)).containsExactlyInAnyOrderElementsOf(LIST.subList(0, 2));
        assertThat(Lottery.draw("seed", List.of(), 3)).isEmpty();
    }

    @Test
    void refuses_a_list_that_names_an_application_twice_or_a_blank_seed() {
        assertThatThrownBy(() -> Lottery.draw("seed", List.of(LIST.get(0), LIST.get(0)), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> Lottery.draw(" ", LIST, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_published_draw_must_match_its_seed_and_list() {
        LotteryDraw draw = LotteryDraw.of("seed", "立会人 二本松 一郎、安達 花子", LIST, 2);

        assertThat(draw.chosen()).isEqualTo(Lottery.draw("seed", LIST, 2));
        assertThatThrownBy(() -> new LotteryDraw("seed", "立会人", LIST, 2, List.of(LIST.get(7), LIST.get(6))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not what the seed");
    }
}
