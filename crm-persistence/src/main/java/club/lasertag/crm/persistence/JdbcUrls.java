package club.lasertag.crm.persistence;

import java.util.regex.Pattern;

/** Database URLs as they may be shown: in logs, error messages, descriptions of the configuration. */
public final class JdbcUrls {

    /**
     * {@code //user:password@host}: the password; also without the slashes, as the PostgreSQL driver quotes such a
     * URL's host in its errors ({@code user:password@host}).
     */
    private static final Pattern USER_INFO_PASSWORD =
            Pattern.compile("((?:^|//|[\\s'\"(,=])[^/?#@:\\s'\"(,=]*):[^/?#@\\s'\"]*@");
    /** {@code ?password=...}, {@code &sslpassword=...}, {@code ;pwd=...}: the value. */
    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)([?&;][^=?&;#\\s]*(?:password|passwd|pwd)[^=?&;#\\s]*=)[^&;#\\s]*");

    private JdbcUrls() {
    }

    /**
     * {@code text} with the password of every database URL in it replaced by {@code ***}: a URL, or a message
     * that quotes one ({@code jdbc:postgresql://u:***@h/db}, {@code jdbc:postgresql://h/db?user=u&password=***}).
     */
    public static String redacted(String text) {
        if (text == null) {
            return null;
        }
        String withoutUserInfo = USER_INFO_PASSWORD.matcher(text).replaceAll("$1:***@");
        return PASSWORD_PARAMETER.matcher(withoutUserInfo).replaceAll("$1***");
    }
}
