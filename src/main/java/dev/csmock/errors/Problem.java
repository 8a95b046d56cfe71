package dev.csmock.errors;

/**
 * What kind of failure a domain operation reports. The same kind is answered with the same status
 * on the Twilio routes (in Twilio's error shape) and on the admin API (in the admin shape).
 */
public enum Problem {
    /** The input breaks a rule: a parameter, a rule field, a snapshot entry. */
    INVALID(400),
    /** The thing asked for does not exist (an unconfigured account in not-found mode, an unknown rule). */
    NOT_FOUND(404),
    /** The input clashes with what is there (a rule id in use). */
    CONFLICT(409),
    /** The mock, not the caller, is out of room (the settings store is full). */
    UNAVAILABLE(503);

    private final int status;

    Problem(int status) {
        this.status = status;
    }

    /** The status both response shapes answer this kind of failure with. */
    public int status() {
        return status;
    }
}
