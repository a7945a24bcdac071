package jp.cityplan.domain.committee;

import java.util.List;
import jp.cityplan.domain.shared.Require;

/**
 * A public lottery as it is published: the seed drawn in public, the witnesses (立会人) who saw it, the ordered list
 * of application numbers that took part, the seats, and the numbers chosen. Anyone can re-run
 * {@link Lottery#draw(String, List, int)} with the seed and the list and get {@code chosen}.
 */
public record LotteryDraw(String seed, String witnesses, List<ApplicationNumber> list, int seats,
                          List<ApplicationNumber> chosen) {

    public LotteryDraw {
        Require.text(seed, "lottery seed");
        Require.text(witnesses, "lottery witnesses");
        list = Require.list(list, "lottery list");
        chosen = Require.list(chosen, "lottery result");
        if (!Lottery.draw(seed, list, seats).equals(chosen)) {
            throw new IllegalArgumentException("the lottery result is not what the seed and the list give");
        }
    }

    /** Draws the lottery now. */
    public static LotteryDraw of(String seed, String witnesses, List<ApplicationNumber> list, int seats) {
        return new LotteryDraw(seed, witnesses, list, seats, Lottery.draw(seed, list, seats));
    }
}
