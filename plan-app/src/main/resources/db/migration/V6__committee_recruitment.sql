-- Committee member recruitment (委員の公募): committees and their members by term, recruitments, applications with
-- their eligibility reasons and the panel's scores, and running numbers per fiscal year.
-- Portable SQL: runs on H2 2.3 (default) and PostgreSQL 15 (production). Columns of typed Japanese text hold twice the
-- domain's limit (H2 counts UTF-16 units, see V2). The applicant and member columns marked "personal" are personal
-- data: keep them out of exports and logs.

create table committee (
    id                      varchar(60)   not null,
    name                    varchar(200)  not null,
    legal_basis             varchar(400)  not null,
    total_seats             integer       not null,
    public_seats            integer       not null,
    -- ISO-8601 period, e.g. P2Y
    term_length             varchar(20)   not null,
    gender_target_percent   integer       not null,
    -- Camunda group id of the division that runs the committee
    responsible_division    varchar(64)   not null,
    version                 bigint        not null,
    constraint committee_pk primary key (id),
    constraint committee_seats_ck check (total_seats >= 1 and public_seats >= 0 and public_seats <= total_seats),
    constraint committee_gender_ck check (gender_target_percent between 0 and 50)
);

create table committee_member (
    committee_id            varchar(60)   not null,
    position                integer       not null,
    name                    varchar(200)  not null, -- personal
    sex                     varchar(10)   not null,
    publicly_recruited      boolean       not null,
    term_starts_on          date          not null,
    term_ends_on            date          not null,
    application_number      varchar(11),
    constraint committee_member_pk primary key (committee_id, position),
    constraint committee_member_committee_fk foreign key (committee_id) references committee (id),
    constraint committee_member_sex_ck check (sex in ('FEMALE', 'MALE', 'OTHER', 'NO_ANSWER')),
    constraint committee_member_term_ck check (term_ends_on >= term_starts_on)
);

create table committee_recruitment (
    id                      varchar(9)               not null,
    committee_id            varchar(60)              not null,
    seats                   integer                  not null,
    opens_at                timestamp with time zone not null,
    closes_at               timestamp with time zone not null,
    essay_theme             varchar(400)             not null,
    essay_limit             integer                  not null,
    selection_method        varchar(20)              not null,
    pass_mark               integer,
    term_starts_on          date                     not null,
    result_expected_on      date                     not null,
    state                   varchar(20)              not null,
    -- application numbers, comma-separated in the order chosen; empty before the selection
    selected                varchar(2000)            not null,
    lottery_seed            varchar(200),
    lottery_witnesses       varchar(400),
    -- the published lottery list, comma-separated in its published order
    lottery_list            varchar(8000),
    -- the composition table's flags, comma-separated
    composition_flags       varchar(400)             not null,
    version                 bigint                   not null,
    constraint committee_recruitment_pk primary key (id),
    constraint committee_recruitment_committee_fk foreign key (committee_id) references committee (id),
    constraint committee_recruitment_period_ck check (closes_at > opens_at),
    constraint committee_recruitment_method_ck check (selection_method in ('SCORE', 'LOTTERY', 'SCORE_THEN_LOTTERY')),
    constraint committee_recruitment_state_ck check (state in
        ('OPEN', 'CLOSED', 'SELECTED', 'APPOINTED', 'DIRECT_APPOINTMENT'))
);

create index committee_recruitment_closes_ix on committee_recruitment (state, closes_at);

create table committee_application (
    application_number      varchar(11)              not null,
    recruitment_id          varchar(9)               not null,
    name                    varchar(100)             not null, -- personal, 2 x 50
    kana                    varchar(100)             not null, -- personal, 2 x 50
    birth_date              date                     not null, -- personal
    sex                     varchar(10)              not null,
    address                 varchar(400)             not null, -- personal, 2 x 200
    email                   varchar(254)             not null, -- personal
    relation                varchar(10)              not null,
    occupation              varchar(200)             not null, -- 2 x 100
    public_position         varchar(30)              not null,
    other_seats             integer                  not null,
    -- who the person is for the duplicate check (normalised name and birth date): personal
    applicant_identity      varchar(200)             not null,
    reasons                 varchar(2000)            not null, -- 2 x 1000
    essay                   varchar(4000)            not null, -- 2 x the largest essay limit (2000)
    received_at             timestamp with time zone not null,
    outcome                 varchar(20)              not null,
    result_sent             boolean                  not null,
    version                 bigint                   not null,
    constraint committee_application_pk primary key (application_number),
    constraint committee_application_recruitment_fk foreign key (recruitment_id) references committee_recruitment (id),
    -- one application per person and recruitment, even when two arrive at once
    constraint committee_application_once_uk unique (recruitment_id, applicant_identity),
    constraint committee_application_outcome_ck check (outcome in
        ('RECEIVED', 'ELIGIBLE', 'INELIGIBLE', 'SELECTED', 'NOT_SELECTED')),
    constraint committee_application_seats_ck check (other_seats >= 0)
);

create table committee_application_ineligibility (
    application_number      varchar(11)   not null,
    position                integer       not null,
    code                    varchar(40)   not null,
    explanation             varchar(1000) not null,
    constraint committee_application_ineligibility_pk primary key (application_number, position),
    constraint committee_application_ineligibility_fk foreign key (application_number)
        references committee_application (application_number)
);

create table committee_application_score (
    application_number      varchar(11)   not null,
    panel_member            varchar(64)   not null,
    points                  integer       not null,
    constraint committee_application_score_pk primary key (application_number, panel_member),
    constraint committee_application_score_fk foreign key (application_number)
        references committee_application (application_number),
    constraint committee_application_score_points_ck check (points between 0 and 100)
);

-- running numbers per kind (RECRUITMENT, APPLICATION) and fiscal year
create table committee_sequence (
    kind                    varchar(20)   not null,
    fiscal_year             integer       not null,
    last_value              bigint        not null,
    constraint committee_sequence_pk primary key (kind, fiscal_year),
    constraint committee_sequence_value_ck check (last_value between 0 and 99999)
);
