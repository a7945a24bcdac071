package jp.cityplan.domain.publicworks;

/** How a project is paid for: by the city alone (単独事業) or with a national subsidy (補助事業). */
public enum Funding {
    DIRECT,
    SUBSIDISED
}
