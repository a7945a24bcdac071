package jp.cityplan.app.adapter.in.web.proposal;

/** No proposal with this receipt number, or a wrong or missing secret: the reader is told the same either way. */
class ProposalNotFoundException extends RuntimeException {

    ProposalNotFoundException() {
        super("no proposal with this receipt number and secret");
    }
}
