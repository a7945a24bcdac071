package jp.cityplan.domain.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.cityplan.domain.shared.Require;

/**
 * Related data (関連データ) of an approach: a named series with unit, source (出典) and as-of rule, optionally
 * compared with a peer group. Values are never invented: a shipped plan may hold none, staff record them.
 */
public record Indicator(
        IndicatorId id,
        String title,
        String unit,
        String source,
        String asOf,
        AsOfRule asOfRule,
        List<Series> series,
        List<Observation> observations,
        List<Target> targets) {

    public Indicator {
        Require.present(id, "indicator id");
        Require.text(title, "indicator title");
        Require.text(unit, "indicator unit");
        Require.text(source, "indicator source");
        Require.text(asOf, "indicator as-of");
        Require.present(asOfRule, "indicator as-of rule");
        series = Require.list(series, "series of indicator " + id);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("indicator " + id + " needs at least one series");
        }
        Set<String> keys = series.stream().map(Series::key).collect(Collectors.toSet());
        if (keys.size() != series.size()) {
            throw new IllegalArgumentException("indicator " + id + " has two series with the same key");
        }
        observations = Require.list(observations, "observations of indicator " + id);
        targets = Require.list(targets, "targets of indicator " + id);
        observations.forEach(observation -> requireSeries(id, keys, observation.seriesKey()));
        targets.forEach(target -> requireSeries(id, keys, target.seriesKey()));
        long distinctPeriods = observations.stream().map(o -> o.seriesKey() + "@" + o.fiscalYear()).distinct().count();
        if (distinctPeriods != observations.size()) {
            throw new IllegalArgumentException("indicator " + id + " has two values for the same series and fiscal year");
        }
    }

    private static void requireSeries(IndicatorId id, Set<String> keys, String seriesKey) {
        if (!keys.contains(seriesKey)) {
            throw new IllegalArgumentException("indicator " + id + " has no series '" + seriesKey + "'");
        }
    }

    /** True where the indicator compares the city with others (e.g. 市・類似団体). */
    public boolean isComparison() {
        return series.size() > 1;
    }

    /** This indicator with one more value; a value for a series and fiscal year already held is refused. */
    public Indicator record(Observation observation) {
        List<Observation> more = new ArrayList<>(observations);
        more.add(observation);
        more.sort(Comparator.comparing(Observation::fiscalYear).thenComparing(Observation::seriesKey));
        return new Indicator(id, title, unit, source, asOf, asOfRule, series, more, targets);
    }

    public List<Observation> observationsOf(String seriesKey) {
        return observations.stream().filter(o -> o.seriesKey().equals(seriesKey)).toList();
    }

    public Optional<Observation> latest(String seriesKey) {
        return observationsOf(seriesKey).stream().max(Comparator.comparing(Observation::fiscalYear));
    }
}
