-- Citizen proposals (市民提案箱): one proposal_case row per proposal, the initiatives it names and the initiatives an
-- adoption links it to in child tables, and one running receipt number per fiscal year.
-- Portable SQL: runs on H2 2.3 (default) and PostgreSQL 15 (production).
-- Column sizes follow the domain's limits (CheckedSubmission, Answer, ReceiptNumber, InitiativeCode). The domain counts
-- characters (code points); PostgreSQL does too, but H2 counts UTF-16 units, in which a character outside the BMP
-- (𠮷 in a name, an emoji) takes two. So the columns of typed Japanese text hold twice the domain's limit ("2 x"
-- below): whatever the domain accepts fits on both. ASCII-only columns (codes, e-mail, phone) have the exact limit.
-- Texts without a limit in the domain (decision reason, divisions) get a generous one here.
-- The contact columns (family_name … phone) are personal data: keep them out of exports and logs.

create table proposal_case (
    receipt_number          varchar(11)              not null,
    -- SHA-256 of the access secret, lower-case hex; the secret itself is never stored
    secret_hash             varchar(64)              not null,
    channel                 varchar(20)              not null,
    intake_office           varchar(200),             -- 2 x 100
    subject                 varchar(200)             not null, -- 2 x 100
    -- the proposal's text ("text" is awkward as a column name)
    body                    varchar(8000)            not null, -- 2 x 4000
    category                varchar(40)              not null,
    family_name             varchar(60),              -- 2 x 30
    given_name              varchar(60),              -- 2 x 30
    area                    varchar(100),             -- 2 x 50
    postal_address          varchar(400),             -- 2 x 200
    email                   varchar(254),
    phone                   varchar(20),
    wants_answer            boolean                  not null,
    publication_consent     varchar(20)              not null,
    received_at             timestamp with time zone not null,
    answer_due_on           date                     not null,
    state                   varchar(20)              not null,
    decision_reason         varchar(4000),
    merged_into             varchar(11),
    -- Camunda group ids of the answering divisions, comma-separated, the lead first; empty when none
    divisions               varchar(1000)            not null,
    -- Answer counts UTF-16 units itself, so its limit fits H2 and PostgreSQL as it is
    answer_text             varchar(8000),
    answer_delivery         varchar(10),
    answer_sent_at          timestamp with time zone,
    published_at            timestamp with time zone,
    -- an adoption (採用) exists exactly when proposal_adopted_initiative has rows for the case
    adoption_cost_yen       numeric(15, 0),
    adoption_from_fiscal_year integer,
    adoption_to_fiscal_year integer,
    withdrawn_at            timestamp with time zone,
    version                 bigint                   not null,
    constraint proposal_case_pk primary key (receipt_number),
    constraint proposal_case_merged_into_fk foreign key (merged_into) references proposal_case (receipt_number),
    constraint proposal_case_channel_ck check (channel in ('WEB_FORM', 'PROPOSAL_BOX', 'MAIL_IN')),
    constraint proposal_case_consent_ck check (publication_consent in ('NONE', 'ANONYMOUS', 'WITH_SURNAME')),
    constraint proposal_case_state_ck check (state in
        ('RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'INPUT_ONLY', 'REJECTED', 'MERGED', 'WITHDRAWN')),
    constraint proposal_case_delivery_ck check (answer_delivery in ('EMAIL', 'LETTER')),
    constraint proposal_case_answer_ck check (
        (answer_text is null and answer_delivery is null and answer_sent_at is null)
        or (answer_text is not null and answer_delivery is not null and answer_sent_at is not null)),
    constraint proposal_case_rejection_ck check (state <> 'REJECTED' or decision_reason is not null),
    constraint proposal_case_merged_ck check ((state = 'MERGED') = (merged_into is not null)),
    constraint proposal_case_published_ck check (published_at is null or answer_text is not null),
    constraint proposal_case_cost_ck check (adoption_cost_yen is null or adoption_cost_yen >= 0),
    constraint proposal_case_period_ck check (adoption_from_fiscal_year is null or adoption_to_fiscal_year is null
        or adoption_from_fiscal_year <= adoption_to_fiscal_year)
);

create index proposal_case_state_ix on proposal_case (state);
create index proposal_case_published_at_ix on proposal_case (published_at);
create index proposal_case_answer_due_on_ix on proposal_case (answer_due_on);

-- The plan's initiatives the citizen named (e.g. 2-1.6), in the order given; "position" is 1-based.
create table proposal_initiative (
    receipt_number  varchar(11) not null,
    position        integer     not null,
    initiative_code varchar(10) not null,
    constraint proposal_initiative_pk primary key (receipt_number, position),
    constraint proposal_initiative_case_fk foreign key (receipt_number)
        references proposal_case (receipt_number) on delete cascade
);

create index proposal_initiative_code_ix on proposal_initiative (initiative_code);

-- The initiatives an adoption links the proposal to, in the order given; "position" is 1-based.
create table proposal_adopted_initiative (
    receipt_number  varchar(11) not null,
    position        integer     not null,
    initiative_code varchar(10) not null,
    constraint proposal_adopted_initiative_pk primary key (receipt_number, position),
    constraint proposal_adopted_initiative_case_fk foreign key (receipt_number)
        references proposal_case (receipt_number) on delete cascade
);

create index proposal_adopted_initiative_code_ix on proposal_adopted_initiative (initiative_code);

-- The last receipt number handed out per fiscal year (P<fiscal_year>-<last_value>). A number is taken by
-- "update … set last_value = last_value + 1" and read back in the same transaction: the row lock orders concurrent
-- transactions on every node. The row of a fiscal year is inserted on its first use.
create table proposal_receipt_sequence (
    fiscal_year integer not null,
    last_value  bigint  not null,
    constraint proposal_receipt_sequence_pk primary key (fiscal_year),
    constraint proposal_receipt_sequence_value_ck check (last_value >= 0 and last_value <= 99999)
);
