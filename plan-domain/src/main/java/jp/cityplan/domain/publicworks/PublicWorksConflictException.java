package jp.cityplan.domain.publicworks;

/** Someone else changed the register entry or evaluation since it was read; nothing was stored. */
public class PublicWorksConflictException extends RuntimeException {

    public PublicWorksConflictException(String what) {
        super(what + " was changed by someone else");
    }
}
