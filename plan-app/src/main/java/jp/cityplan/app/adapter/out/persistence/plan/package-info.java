/**
 * Keeps comprehensive plans in the {@code plan_*} tables (Flyway {@code V1__plan.sql}) through JPA.
 * <p>
 * The tree is stored flat: each table row names its plan and its parent by natural key and its place by a 1-based
 * {@code position}. {@link jp.cityplan.app.adapter.out.persistence.plan.PlanDecomposer} turns a plan into those
 * rows, {@link jp.cityplan.app.adapter.out.persistence.plan.PlanReassembler} builds it again from them; a plan is
 * read with one query per table, however large it is.
 */
package jp.cityplan.app.adapter.out.persistence.plan;
