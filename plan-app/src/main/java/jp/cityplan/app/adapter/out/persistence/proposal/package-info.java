/**
 * Keeps citizen proposals in the {@code proposal_*} tables (Flyway {@code V2__proposal.sql}) through JPA.
 * <p>
 * A case is one {@code proposal_case} row with its contact, answer and adoption columns; the initiatives it names
 * and the initiatives an adoption links it to are ordered child rows. The aggregate is stored and restored whole
 * through its {@link jp.cityplan.domain.proposal.ProposalSnapshot}; {@code version} is the JPA optimistic lock.
 * Receipt numbers come from {@code proposal_receipt_sequence}, one row per fiscal year.
 */
package jp.cityplan.app.adapter.out.persistence.proposal;
