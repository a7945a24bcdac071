package jp.cityplan.domain.publicworks;

/**
 * What the trigger tables read about a project in the fiscal year of a scan. Years are counted in fiscal years
 * (adopted in FY2019, scanned in FY2022: 3). Where something has not happened the count is 0 and the flag says so.
 */
public record TriggerFacts(
        ProjectKind kind,
        boolean subsidised,
        boolean started,
        boolean completed,
        int yearsSinceAdoption,
        boolean reEvaluated,
        int yearsSinceLastReEvaluation,
        boolean circumstancesChanged,
        boolean exPostEvaluated,
        int yearsSinceCompletion) {
}
