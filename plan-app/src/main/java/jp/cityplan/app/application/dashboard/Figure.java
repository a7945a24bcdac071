package jp.cityplan.app.application.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * One computed figure of the dashboard: bars (a count or a measure per division, per direction …) or lines (an
 * indicator's values over the fiscal years), each bar linking to the cases behind it. A figure without data says so
 * in its caption and has no bars and no lines.
 *
 * @param unit what the values count, e.g. 件, 日, %
 * @param link where the data behind the whole figure is listed; null where only its bars link
 */
public record Figure(String id, String title, String caption, String unit, List<Bar> bars, List<Line> lines,
                     String link) {

    public Figure {
        bars = List.copyOf(bars);
        lines = List.copyOf(lines);
    }

    public static Figure ofBars(String id, String title, String caption, String unit, List<Bar> bars) {
        return new Figure(id, title, caption, unit, bars, List.of(), null);
    }

    public static Figure ofLines(String id, String title, String caption, String unit, List<Line> lines,
                                 String link) {
        return new Figure(id, title, caption, unit, List.of(), lines, link);
    }

    public boolean isEmpty() {
        return bars.isEmpty() && lines.stream().allMatch(line -> line.points().isEmpty());
    }

    /** The value of the bar with the label; empty where there is no such bar. */
    public java.util.Optional<BigDecimal> valueOf(String label) {
        return bars.stream().filter(bar -> bar.label().equals(label)).map(Bar::value).findFirst();
    }

    /** One bar: its label, its value and where the cases behind it are listed (a staff page, Cockpit). */
    public record Bar(String label, BigDecimal value, String link) {
    }

    /** One line of a line chart: a series and its points in order. */
    public record Line(String label, List<Point> points) {

        public Line {
            points = List.copyOf(points);
        }
    }

    /** A point: its place on the x axis (e.g. the fiscal year 2024), the label there (令和6年度) and its value. */
    public record Point(int x, String label, BigDecimal value) {
    }
}
