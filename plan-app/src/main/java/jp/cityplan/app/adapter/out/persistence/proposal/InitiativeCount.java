package jp.cityplan.app.adapter.out.persistence.proposal;

/** One group of the count of cases by the initiative they name. */
record InitiativeCount(String initiativeCode, long proposals) {
}
