-- Idempotency keys of citizens' submissions (web form and JSON API): a request sent again with the same key gets the
-- first request's receipt instead of a second proposal. Portable SQL: H2 2.3 and PostgreSQL 15.
-- The key is claimed (inserted) first and completed with the receipt in the same transaction, so another
-- transaction never sees a row without its receipt; two transactions claiming the same key meet at the primary key.
-- request_hash: SHA-256 (hex) over the submitted fields; the request itself, which holds personal data, is not kept,
-- and neither is the access secret. ("key" is a keyword in H2, hence idempotency_key.)

create table proposal_idempotency_key (
    idempotency_key varchar(100)             not null,
    request_hash    varchar(64)              not null,
    receipt_number  varchar(11),
    answer_due_on   date,
    created_at      timestamp with time zone not null,
    constraint proposal_idempotency_key_pk primary key (idempotency_key),
    constraint proposal_idempotency_key_receipt_ck
        check ((receipt_number is null and answer_due_on is null)
            or (receipt_number is not null and answer_due_on is not null))
);

create index proposal_idempotency_key_created_ix on proposal_idempotency_key (created_at);
