package dev.csmock.journal;

/** One request header as it arrived (a repeated header is several of these). */
public record Header(String name, String value) {
}
