package jp.cityplan.domain.proposal;

import java.util.regex.Pattern;

/**
 * Removes personal data a citizen may have written into free text, for the copy divisions see and for publication:
 * e-mail addresses, phone numbers and postal codes are replaced by a bracketed label.
 */
public final class PersonalDataMask {

    private static final Pattern EMAIL = Pattern.compile("[\\p{Alnum}._%+\\-＿．]+[@＠][\\p{Alnum}.\\-．]+\\.[\\p{Alpha}]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9０-９])[0０][0-9０-９]{1,4}[\\-－‐ー（(）)\\s]?[0-9０-９]{1,4}[\\-－‐ー（(）)\\s]?[0-9０-９]{3,4}(?![0-9０-９])");
    private static final Pattern POSTAL_CODE = Pattern.compile("〒?\\s?(?<![0-9０-９])(?<![0-9０-９][\\-－‐ー])[0-9０-９]{3}[\\-－‐ー][0-9０-９]{4}(?![0-9０-９])(?![\\-－‐ー][0-9０-９])");

    public static final String EMAIL_LABEL = "［メールアドレス］";
    public static final String PHONE_LABEL = "［電話番号］";
    public static final String POSTAL_CODE_LABEL = "［郵便番号］";

    private PersonalDataMask() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = EMAIL.matcher(text).replaceAll(EMAIL_LABEL);
        masked = POSTAL_CODE.matcher(masked).replaceAll(POSTAL_CODE_LABEL);
        return PHONE.matcher(masked).replaceAll(PHONE_LABEL);
    }
}
