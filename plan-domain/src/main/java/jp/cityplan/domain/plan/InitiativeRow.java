package jp.cityplan.domain.plan;

/** A row of an approach's table of main initiatives (主な取組事項): an initiative at home here, or a relisting. */
public sealed interface InitiativeRow permits Initiative, Relisting {

    /** The 事業名 as printed in this row. */
    String name();
}
