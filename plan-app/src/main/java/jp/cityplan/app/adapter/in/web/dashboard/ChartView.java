package jp.cityplan.app.adapter.in.web.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.cityplan.app.application.dashboard.Figure;

/**
 * A figure laid out for a server-rendered SVG chart (no script; the CSP allows none from elsewhere): horizontal bars
 * with their widths, or lines as polyline points, with the numbers kept for the table under each chart.
 */
public record ChartView(Figure figure, int width, int height, List<BarView> bars, List<LineView> lines,
                        List<AxisLabel> xLabels, String maxLabel) {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 260;
    static final int BAR_AREA = 300;
    static final int ROW = 30;
    static final int PLOT_LEFT = 60;
    static final int PLOT_TOP = 20;
    static final int PLOT_WIDTH = 540;
    static final int PLOT_HEIGHT = 180;

    /** A bar: where it is drawn and what it says. */
    public record BarView(String label, String value, String link, int y, int barWidth) {
    }

    /** A line: its series, the polyline's points, the points as circles, its colour class. */
    public record LineView(String label, String points, List<PointView> dots, String css) {
    }

    public record PointView(int cx, int cy, String title) {
    }

    public record AxisLabel(int x, String text) {
    }

    static ChartView of(Figure figure) {
        if (!figure.lines().isEmpty()) {
            return lines(figure);
        }
        BigDecimal max = figure.bars().stream().map(Figure.Bar::value).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        List<BarView> bars = new ArrayList<>();
        for (int i = 0; i < figure.bars().size(); i++) {
            Figure.Bar bar = figure.bars().get(i);
            int width = max.signum() == 0 ? 0 : bar.value().multiply(BigDecimal.valueOf(BAR_AREA))
                    .divide(max, 0, RoundingMode.HALF_UP).intValue();
            bars.add(new BarView(bar.label(), bar.value().toPlainString(), bar.link(), i * ROW, width));
        }
        return new ChartView(figure, WIDTH, Math.max(ROW, bars.size() * ROW), bars, List.of(), List.of(),
                max.toPlainString());
    }

    private static ChartView lines(Figure figure) {
        Map<Integer, String> years = new TreeMap<>();
        figure.lines().forEach(line -> line.points().forEach(p -> years.put(p.x(), p.label())));
        List<Integer> xs = new ArrayList<>(years.keySet());
        BigDecimal max = figure.lines().stream().flatMap(l -> l.points().stream()).map(Figure.Point::value)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        BigDecimal top = max.signum() == 0 ? BigDecimal.ONE : max.multiply(new BigDecimal("1.1"));
        List<LineView> lines = new ArrayList<>();
        for (int i = 0; i < figure.lines().size(); i++) {
            Figure.Line line = figure.lines().get(i);
            List<PointView> dots = line.points().stream().map(p -> new PointView(x(xs, p.x()), y(top, p.value()),
                    p.label() + ": " + p.value().toPlainString() + figure.unit())).toList();
            String points = dots.stream().map(d -> d.cx() + "," + d.cy()).collect(Collectors.joining(" "));
            lines.add(new LineView(line.label(), points, dots, "series-" + (i % 4)));
        }
        List<AxisLabel> labels = xs.stream().map(x -> new AxisLabel(x(xs, x), years.get(x))).toList();
        return new ChartView(figure, WIDTH, PLOT_TOP + PLOT_HEIGHT + 56, List.of(), lines, labels,
                max.toPlainString());
    }

    private static int x(List<Integer> xs, int year) {
        int index = xs.indexOf(year);
        return xs.size() == 1 ? PLOT_LEFT + PLOT_WIDTH / 2 : PLOT_LEFT + index * PLOT_WIDTH / (xs.size() - 1);
    }

    private static int y(BigDecimal top, BigDecimal value) {
        return PLOT_TOP + PLOT_HEIGHT - value.multiply(BigDecimal.valueOf(PLOT_HEIGHT))
                .divide(top, 0, RoundingMode.HALF_UP).intValue();
    }
}
