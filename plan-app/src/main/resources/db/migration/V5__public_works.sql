-- Public works evaluation (公共事業評価): the register of projects and their evaluations.
-- Portable SQL: runs on H2 2.3 (default) and PostgreSQL 15 (production). Typed Japanese text columns hold twice the
-- domain's limit (H2 counts UTF-16 units, see V2). Amounts are whole yen. No personal data in these tables.

create table public_works_project (
    project_id              varchar(7)               not null,
    name                    varchar(400)             not null, -- 2 x 200
    owning_division         varchar(60)              not null, -- Camunda group id of the division
    kind                    varchar(30)              not null,
    funding                 varchar(20)              not null,
    initiative              varchar(10)              not null, -- the plan's initiative code, e.g. 4-1.1
    adopted_fiscal_year     integer                  not null,
    work_started_on         date,
    completed_on            date,
    total_cost_yen          numeric(15, 0)           not null,
    maintenance_cost_yen    numeric(15, 0)           not null, -- per year
    expected_benefits       varchar(4000)            not null, -- 2 x 2000
    circumstances_changed   boolean                  not null,
    last_stage              varchar(20),
    last_cycle              integer,
    last_decision           varchar(30),
    version                 bigint                   not null,
    constraint public_works_project_pk primary key (project_id),
    constraint public_works_project_funding_ck check (funding in ('DIRECT', 'SUBSIDISED')),
    constraint public_works_project_dates_ck check (completed_on is null or work_started_on is not null)
);

create table public_works_evaluation (
    reference               varchar(15)              not null, -- PW-0001-RE-2025
    project_id              varchar(7)               not null,
    stage                   varchar(20)              not null,
    -- the fiscal year the evaluation became due
    cycle                   integer                  not null,
    trigger_reason          varchar(40),
    state                   varchar(20)              not null,
    -- the evaluation sheet (評価調書); null until it is filled in
    change_of_circumstances varchar(8000),
    necessity_score         integer,
    necessity               varchar(8000),
    effectiveness_score     integer,
    effectiveness           varchar(8000),
    efficiency              varchar(8000),
    progress_score          integer,
    progress_and_outlook    varchar(8000),
    cost_reduction          varchar(8000),
    -- NonMonetaryEffect names, comma-separated
    non_monetary_effects    varchar(400),
    user_benefits_yen       numeric(15, 0),
    other_benefits_yen      numeric(15, 0),
    construction_cost_yen   numeric(15, 0),
    maintenance_cost_yen    numeric(15, 0),
    benefit_cost_ratio      numeric(10, 2),
    expected_completion_on  date,
    proposed_decision       varchar(30),
    policy_decision         varchar(30),
    policy_reasons          varchar(8000),
    opinion_decision        varchar(30),
    opinion_text            varchar(8000),
    site_visited            boolean,
    decision                varchar(30),
    deviation_reason        varchar(8000),
    decided_on              date,
    published_on            date,
    version                 bigint                   not null,
    constraint public_works_evaluation_pk primary key (reference),
    constraint public_works_evaluation_project_fk foreign key (project_id) references public_works_project (project_id),
    -- a project is evaluated at most once per stage and cycle: the scan can never start it twice
    constraint public_works_evaluation_cycle_uq unique (project_id, stage, cycle),
    constraint public_works_evaluation_stage_ck check (stage in ('EX_ANTE', 'RE_EVALUATION', 'EX_POST')),
    constraint public_works_evaluation_costs_ck check (construction_cost_yen is null
        or construction_cost_yen + maintenance_cost_yen > 0)
);

create index public_works_evaluation_published_ix on public_works_evaluation (published_on);
