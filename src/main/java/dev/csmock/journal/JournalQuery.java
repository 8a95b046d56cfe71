package dev.csmock.journal;

/** Journal filters; a null field matches everything. */
public record JournalQuery(String account, String resource, String method, Integer status, Boolean faulted) {

    public static final JournalQuery ALL = new JournalQuery(null, null, null, null, null);

    public static JournalQuery account(String account) {
        return new JournalQuery(account, null, null, null, null);
    }

    boolean matches(JournalEntry entry) {
        return (account == null || account.equals(entry.account()))
                && (resource == null || resource.equals(entry.resource()))
                && (method == null || method.equalsIgnoreCase(entry.method()))
                && (status == null || status.equals(entry.status()))
                && (faulted == null || faulted == (entry.faultId() != null));
    }
}
