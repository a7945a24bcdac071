package jp.cityplan.domain.publicworks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import jp.cityplan.domain.shared.FiscalYear;

final class PublicWorksFixtures {

    static final ProjectId PROJECT = new ProjectId("PW-0001");
    static final FiscalYear FY2025 = FiscalYear.of(2025);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-01T00:00:00Z"), ZoneId.of("Asia/Tokyo"));

    private PublicWorksFixtures() {
    }

    static ProjectDraft roadAdoptedIn(int year) {
        return new ProjectDraft("PW-0001", "市道油井線道路改良事業", "div-civil-engineering", ProjectKind.ROAD,
                Funding.DIRECT, "4-1.1", year, null, null, 850_000_000L, 3_000_000L, "通学路の安全確保、渋滞の緩和");
    }

    static SheetDraft sheet(Long construction, Long maintenance) {
        return new SheetDraft("交通量は採択時の見込みどおり", 4, "通学路の歩道整備が必要", 4, "事故の減少が見込まれる",
                "B/C は 1.0 を上回る", 3, "用地取得が 8 割完了", "歩道幅員の見直しで約 5% 縮減できる",
                Set.of(NonMonetaryEffect.SAFETY, NonMonetaryEffect.ACCESSIBILITY), 1_500_000_000L, 100_000_000L,
                construction, maintenance, LocalDate.of(2029, 3, 31));
    }

    static SheetDraft goodSheet() {
        return sheet(900_000_000L, 100_000_000L);
    }
}
