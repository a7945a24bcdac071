package jp.cityplan.app.adapter.in.web.proposal;

import jp.cityplan.domain.shared.JapaneseDates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import jp.cityplan.app.application.proposal.IdempotencyKey;
import jp.cityplan.app.application.proposal.ProposalInquiry;
import jp.cityplan.app.application.proposal.ProposalIntake;
import jp.cityplan.app.application.proposal.PublishedPage;
import jp.cityplan.app.application.proposal.SubmissionOutcome;
import jp.cityplan.domain.proposal.AccessSecret;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.PublishedAnswer;
import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public proposal API (市民提案箱): citizens submit proposals without an account, follow them with the receipt
 * number and the secret (a header, never a query parameter: URLs end up in logs), withdraw them before the answer
 * is sent, and read the published answers. Problems are RFC 7807 documents with a {@code violations} array.
 */
@RestController
@RequestMapping("/api/proposals")
@RequiredArgsConstructor
@Tag(name = "市民提案 / Citizen proposals",
        description = "提案の送信・状況の確認・取り下げ・公表した回答 / Submit, follow and withdraw proposals; published answers")
public class ProposalApiController {

    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    public static final String SECRET_HEADER = "X-Proposal-Secret";
    static final String PROBLEM_JSON = "application/problem+json";
    static final int DEFAULT_PAGE_SIZE = 20;

    private final ProposalIntake intake;
    private final ProposalInquiry inquiry;
    private final ProposalWebMapper mapper;
    private final ProposalTexts texts;
    private final ProposalCategories categories;

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "提案を送る / Submit a proposal",
            description = "受付番号・照会用パスワード（この応答でのみ表示）・回答予定日を返す。Idempotency-Key を付けると、"
                    + "同じ内容の再送信は最初の受付を返し（200, replayed: true, secret: null）、別の内容には 422 を返す。"
                    + "4xx のときは何も保存しない。 / Returns the receipt number, the access secret (shown in this response "
                    + "only) and the expected answer date. With an Idempotency-Key, sending the same request again returns "
                    + "the first receipt (200, replayed: true, secret: null); another request under the same key gets 422. "
                    + "Nothing is stored on any 4xx.")
    @ApiResponse(responseCode = "201", description = "受け付けた / Received",
            headers = @Header(name = "Location", description = "状況の API / The status resource"))
    @ApiResponse(responseCode = "200", description = "再送信: 最初の受付 / A replay: the first receipt")
    @ApiResponse(responseCode = "400", description = "受け付けられない項目、不明な項目、JSON の誤り / Refused or unknown fields, "
            + "malformed JSON", content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "同じキーの送信を処理中 / A request with the same key is still in progress",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "キーが別の内容で使用済み / The key was used for another request",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<ProposalReceiptResponse> submit(
            @RequestBody SubmitProposalRequest request,
            @Parameter(in = ParameterIn.HEADER, description = "任意。再送信を1件として扱うためのキー（100文字以内の ASCII、例: UUID） / "
                    + "Optional key that makes a resent request count once (up to 100 ASCII characters, e.g. a UUID)",
                    example = "6f1c7f0e-2d1b-4c55-9a57-0c3b7e0a9d11")
            @RequestHeader(name = IDEMPOTENCY_KEY_HEADER, required = false) String idempotencyKey,
            HttpServletRequest http) {
        Optional<IdempotencyKey> key = keyOf(idempotencyKey);
        SubmissionOutcome outcome = intake.submit(mapper.toDraft(request), key);
        String statusUrl = http.getContextPath() + "/api/proposals/" + outcome.receiptNumber().value();
        ProposalReceiptResponse body = new ProposalReceiptResponse(outcome.receiptNumber().value(),
                outcome.secret().map(AccessSecret::display).orElse(null), outcome.answerDueOn(),
                JapaneseDates.format(outcome.answerDueOn()), statusUrl, outcome.replayed());
        return ResponseEntity.status(outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create(statusUrl))
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    @GetMapping(path = "/{receiptNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "提案の状況 / Where a proposal stands",
            description = "状態・受付日・回答予定日・件名、回答済みなら回答。番号が不明でもパスワードが違っても同じ 404。 / "
                    + "State, dates, subject and, once answered, the answer. An unknown number and a wrong secret get the same 404.")
    @ApiResponse(responseCode = "200", description = "状況 / The status")
    @ApiResponse(responseCode = "404", description = "番号が不明、またはパスワードが違う / Unknown number or wrong secret",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<ProposalStatusResponse> status(
            @Parameter(description = "受付番号 / Receipt number", example = "P2026-00042") @PathVariable String receiptNumber,
            @Parameter(in = ParameterIn.HEADER, description = "照会用パスワード（ハイフン・空白・大小文字は問わない） / Access secret "
                    + "(hyphens, spaces and case do not matter)", required = true, example = "ABCD-EFGH-JKMN-PQRS-TUVW")
            @RequestHeader(name = SECRET_HEADER, required = false) String secret,
            Locale locale) {
        CitizenProposal proposal = inquiry.find(receiptNumber, secret).orElseThrow(ProposalNotFoundException::new);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(toStatus(proposal, locale));
    }

    @PostMapping(path = "/{receiptNumber}/withdrawal", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "提案を取り下げる / Withdraw a proposal",
            description = "回答の送付前なら取り下げ、新しい状況を返す。 / Withdraws the proposal while its answer is not sent yet "
                    + "and returns the new status.")
    @ApiResponse(responseCode = "200", description = "取り下げた / Withdrawn")
    @ApiResponse(responseCode = "404", description = "番号が不明、またはパスワードが違う / Unknown number or wrong secret",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "回答の送付後など、取り下げできない状態 / The state does not allow it "
            + "(e.g. the answer was sent)", content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<ProposalStatusResponse> withdraw(
            @Parameter(description = "受付番号 / Receipt number", example = "P2026-00042") @PathVariable String receiptNumber,
            @Parameter(in = ParameterIn.HEADER, description = "照会用パスワード / Access secret", required = true)
            @RequestHeader(name = SECRET_HEADER, required = false) String secret,
            Locale locale) {
        CitizenProposal proposal = intake.withdraw(receiptNumber, secret);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(toStatus(proposal, locale));
    }

    @GetMapping(path = "/published", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "公表した回答 / Published answers",
            description = "公表に同意のあった提案と回答（新しい順）。連絡先・パスワードは含まず、本文の個人情報は伏せてある。 / "
                    + "Proposals whose authors consented to publication, with their answers, newest first. No contact data "
                    + "and no secrets; personal data in the texts is masked.")
    @ApiResponse(responseCode = "200", description = "公表した回答 / Published answers")
    @ApiResponse(responseCode = "400", description = "ページ指定の誤り / Invalid paging",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    public PublishedAnswersResponse published(
            @Parameter(description = "ページ番号（0から） / Page, from 0", example = "0")
            @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1ページの件数（1〜100） / Page size (1-100)", example = "20")
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
            Locale locale) {
        if (page < 0) {
            throw new InvalidPagingException("page", "TOO_SMALL", 0);
        }
        if (size < 1) {
            throw new InvalidPagingException("size", "TOO_SMALL", 1);
        }
        if (size > ProposalInquiry.MAX_PAGE_SIZE) {
            throw new InvalidPagingException("size", "TOO_LARGE", ProposalInquiry.MAX_PAGE_SIZE);
        }
        PublishedPage published = inquiry.published(page, size);
        return new PublishedAnswersResponse(published.page(), published.size(), published.hasNext(),
                published.answers().stream().map(answer -> toItem(answer, locale)).toList());
    }

    private static Optional<IdempotencyKey> keyOf(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (!IdempotencyKey.isValid(header)) {
            throw new InvalidIdempotencyKeyException();
        }
        return Optional.of(new IdempotencyKey(header));
    }

    private ProposalStatusResponse toStatus(CitizenProposal proposal, Locale locale) {
        ProposalStatusResponse.AnswerResponse answer = proposal.answer()
                .map(a -> new ProposalStatusResponse.AnswerResponse(a.text(), ProposalTexts.cityDate(a.sentAt())))
                .orElse(null);
        return new ProposalStatusResponse(proposal.receiptNumber().value(),
                new ProposalStatusResponse.StateResponse(proposal.state().name(), texts.stateLabel(proposal.state(), locale)),
                proposal.receivedOn(), proposal.answerDueOn(), JapaneseDates.format(proposal.answerDueOn()),
                proposal.snapshot().subject(), !proposal.state().isFinal(), answer);
    }

    private PublishedAnswersResponse.Item toItem(PublishedAnswer answer, Locale locale) {
        return new PublishedAnswersResponse.Item(answer.subject(), answer.proposalText(),
                new PublishedAnswersResponse.CategoryResponse(answer.category(), categories.label(answer.category(), locale)),
                answer.area(), answer.publicName(), answer.answerText(), ProposalTexts.cityDate(answer.answeredAt()),
                ProposalTexts.cityDate(answer.publishedAt()));
    }
}
