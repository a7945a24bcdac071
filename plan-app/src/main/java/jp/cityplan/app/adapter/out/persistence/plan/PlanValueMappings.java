package jp.cityplan.app.adapter.out.persistence.plan;

import jp.cityplan.domain.indicator.IndicatorId;
import jp.cityplan.domain.plan.ApproachCode;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.MeasureCode;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.plan.SectionReference;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.MunicipalityCode;

/** The domain's ids and values as columns and back, for the plan mappers; a null column stays null. */
interface PlanValueMappings {

    default String column(PlanId id) {
        return id == null ? null : id.value();
    }

    default String column(MunicipalityCode code) {
        return code == null ? null : code.value();
    }

    default String column(MeasureCode code) {
        return code == null ? null : code.value();
    }

    default String column(ApproachCode code) {
        return code == null ? null : code.value();
    }

    default String column(InitiativeCode code) {
        return code == null ? null : code.value();
    }

    default String column(IndicatorId id) {
        return id == null ? null : id.value();
    }

    /** A relisting's home is stored as printed and parsed again when read. */
    default String column(SectionReference home) {
        return home == null ? null : home.printed();
    }

    default int column(FiscalYear fiscalYear) {
        return fiscalYear.year();
    }

    default PlanId planId(String value) {
        return value == null ? null : new PlanId(value);
    }

    default MunicipalityCode municipalityCode(String value) {
        return value == null ? null : new MunicipalityCode(value);
    }

    default MeasureCode measureCode(String value) {
        return value == null ? null : new MeasureCode(value);
    }

    default ApproachCode approachCode(String value) {
        return value == null ? null : new ApproachCode(value);
    }

    default InitiativeCode initiativeCode(String value) {
        return value == null ? null : new InitiativeCode(value);
    }

    default IndicatorId indicatorId(String value) {
        return value == null ? null : new IndicatorId(value);
    }

    default SectionReference sectionReference(String printed) {
        return printed == null ? null : SectionReference.parse(printed);
    }

    default FiscalYear fiscalYear(int year) {
        return FiscalYear.of(year);
    }
}
