package jp.cityplan.app.adapter.in.organisation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import jp.cityplan.domain.organisation.Department;
import jp.cityplan.domain.organisation.Division;
import jp.cityplan.domain.organisation.Organisation;
import jp.cityplan.domain.organisation.Role;
import jp.cityplan.domain.organisation.StaffMember;
import org.springframework.stereotype.Component;

/** Reads the organisation file (docs/organisation-file-format.md); a broken file names itself and the reason. */
@Component
public class OrganisationFileReader {

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public Organisation read(String fileName, InputStream content) {
        try {
            OrganisationFile file = yaml.readValue(content, OrganisationFile.class);
            if (file == null || file.formatVersion() != 1) {
                throw new IllegalArgumentException("formatVersion must be 1");
            }
            return new Organisation(
                    orEmpty(file.departments()).stream().map(d -> new Department(d.id(), d.name(),
                            orEmpty(d.divisions()).stream().map(v -> new Division(v.id(), v.name())).toList())).toList(),
                    orEmpty(file.roles()).stream().map(r -> new Role(r.id(), r.name())).toList(),
                    orEmpty(file.staff()).stream().map(s -> new StaffMember(s.id(), s.familyName(), s.givenName(),
                            s.email(), orEmpty(s.groups()))).toList());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("organisation file " + fileName + " is invalid: " + e.getMessage(), e);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    record OrganisationFile(int formatVersion, List<DepartmentDoc> departments, List<RoleDoc> roles, List<StaffDoc> staff) {
    }

    record DepartmentDoc(String id, String name, List<DivisionDoc> divisions) {
    }

    record DivisionDoc(String id, String name) {
    }

    record RoleDoc(String id, String name) {
    }

    record StaffDoc(String id, String familyName, String givenName, String email, List<String> groups) {
    }
}
