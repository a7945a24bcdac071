package jp.cityplan.domain.publicworks;

import java.util.regex.Pattern;
import jp.cityplan.domain.shared.Require;

/** The register number of a public works project (事業番号), e.g. {@code PW-0001}. */
public record ProjectId(String value) {

    private static final Pattern ID = Pattern.compile("PW-[0-9]{4}");

    public ProjectId {
        Require.matching(value, ID, "project id");
    }

    @Override
    public String toString() {
        return value;
    }
}
