package jp.cityplan.app.adapter.in.planfile;

import java.util.List;
import java.util.stream.Collectors;

/** A plan file that cannot be loaded; it names the file and every error found. Nothing of the file is stored. */
public class PlanFileException extends RuntimeException {

    private final String fileName;
    private final transient List<PlanFileError> errors;

    public PlanFileException(String fileName, List<PlanFileError> errors) {
        super("plan file " + fileName + " is invalid: "
                + errors.stream().map(PlanFileError::toString).collect(Collectors.joining("; ")));
        this.fileName = fileName;
        this.errors = List.copyOf(errors);
    }

    public String fileName() {
        return fileName;
    }

    public List<PlanFileError> errors() {
        return errors;
    }
}
