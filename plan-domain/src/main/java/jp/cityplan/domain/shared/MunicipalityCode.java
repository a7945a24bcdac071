package jp.cityplan.domain.shared;

import java.util.regex.Pattern;

/**
 * The 6-digit local government code (全国地方公共団体コード), e.g. 072109 for 二本松市.
 * The sixth digit is a check digit (the last digit of 11 minus the weighted sum modulo 11, weights 6..2), which is verified.
 */
public record MunicipalityCode(String value) {

    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

    public MunicipalityCode {
        Require.matching(value, SIX_DIGITS, "municipality code");
        if (checkDigitOf(value.substring(0, 5)) != value.charAt(5) - '0') {
            throw new IllegalArgumentException("municipality code '" + value + "' has a wrong check digit");
        }
    }

    static int checkDigitOf(String fiveDigits) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (fiveDigits.charAt(i) - '0') * (6 - i);
        }
        return (11 - sum % 11) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
