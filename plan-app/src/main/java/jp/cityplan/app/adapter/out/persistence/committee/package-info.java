/**
 * Committees, recruitments and applications (委員の公募) in the {@code committee*} tables (V6). Applicants' and members'
 * names, kana, birth dates, addresses and e-mails are personal data: no class here logs a row.
 */
package jp.cityplan.app.adapter.out.persistence.committee;
