package jp.cityplan.domain.organisation;

import java.util.List;
import jp.cityplan.domain.shared.Require;

/** A department (部) and its divisions. */
public record Department(String id, String name, List<Division> divisions) {

    public Department {
        Require.text(id, "department id");
        Require.text(name, "department name");
        divisions = Require.list(divisions, "divisions of " + id);
    }
}
