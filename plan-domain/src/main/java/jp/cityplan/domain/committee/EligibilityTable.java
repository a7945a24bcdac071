package jp.cityplan.domain.committee;

import java.util.List;

/** The city's eligibility rules as a table (a DMN decision in the app): the reasons an applicant is not eligible. */
@FunctionalInterface
public interface EligibilityTable {

    /** Every reason of ineligibility; empty means eligible. */
    List<Ineligibility> evaluate(EligibilityFacts facts);
}
