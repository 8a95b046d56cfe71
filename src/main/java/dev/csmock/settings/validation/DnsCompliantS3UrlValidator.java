package dev.csmock.settings.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Checks {@link DnsCompliantS3Url}. */
public class DnsCompliantS3UrlValidator implements ConstraintValidator<DnsCompliantS3Url, String> {

    /** Unreserved, reserved and percent characters of RFC 3986 §2. */
    private static final Pattern RFC3986_CHARACTERS = Pattern.compile("^[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+$");
    private static final Pattern PERCENT_ESCAPES = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    private static final Pattern DNS_LABEL = Pattern.compile("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$");
    private static final Pattern DOTTED_NUMBERS = Pattern.compile("^[0-9]+(\\.[0-9]+)*$");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isDnsCompliantHttpsUrl(value);
    }

    static boolean isDnsCompliantHttpsUrl(String value) {
        if (!RFC3986_CHARACTERS.matcher(value).matches() || PERCENT_ESCAPES.matcher(value).find()) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return false;
        }
        return "https".equals(uri.getScheme())
                && uri.getRawUserInfo() == null
                && uri.getRawQuery() == null
                && uri.getRawFragment() == null
                && uri.getPort() == -1
                && uri.getHost() != null
                && uri.getHost().equals(uri.getRawAuthority())
                && isDnsName(uri.getHost());
    }

    private static boolean isDnsName(String host) {
        if (DOTTED_NUMBERS.matcher(host).matches()) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (!DNS_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
