package dev.csmock.verification;

import dev.csmock.accounts.Sids;
import dev.csmock.errors.MockException;
import dev.csmock.journal.JournalEntry;
import dev.csmock.journal.JournalQuery;
import dev.csmock.journal.RequestJournal;
import dev.csmock.verification.RequestPattern.Difference;
import dev.csmock.verification.VerificationResult.Near;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Request verification over the journal (SPEC §7): counts an account's requests that match a
 * pattern, or finds a sequence of patterns in order. It sees only what the journal still holds;
 * when entries of the account were evicted, a bound from above cannot be checked and does not hold.
 */
@ApplicationScoped
public class Verifier {

    static final int CLOSEST = 3;
    /** How many requests a search returns when it gives no limit (as {@code GET /__admin/requests}). */
    static final int DEFAULT_LIMIT = 100;

    private final RequestJournal journal;

    public Verifier(RequestJournal journal) {
        this.journal = journal;
    }

    public VerificationResult verify(Verification verification) {
        if (verification == null) {
            throw MockException.invalid("Invalid verification", List.of("the body must be a verification object"));
        }
        List<String> problems = new ArrayList<>(accountProblems(verification.account()));
        problems.addAll(verification.pattern().problems(""));
        if (verification.times() != null) {
            problems.addAll(verification.times().problems());
        }
        if (!problems.isEmpty()) {
            throw MockException.invalid("Invalid verification", problems);
        }
        RequestPattern pattern = verification.pattern();
        Times times = verification.timesOrDefault();
        List<JournalEntry> requests = journal.find(JournalQuery.account(verification.account()), Integer.MAX_VALUE);
        int count = 0;
        List<Candidate> misses = new ArrayList<>();
        for (JournalEntry entry : requests) {
            List<Difference> differences = pattern.differences(entry);
            if (differences.isEmpty()) {
                count++;
            } else {
                misses.add(new Candidate(entry, differences, misses.size()));
            }
        }
        List<Near> closest = misses.stream()
                .sorted(Comparator.comparingInt((Candidate c) -> c.differences().size()).thenComparingInt(Candidate::order))
                .limit(CLOSEST)
                .map(c -> new Near(c.entry().id(), RequestPattern.describe(c.entry(), c.differences()), c.differences()))
                .toList();
        long evicted = journal.evicted(verification.account());
        boolean uncheckable = evicted > 0 && times.upper() != null;
        boolean holds = times.holds(count) && !uncheckable;
        String expected = times.describe();
        String message = message(holds, expected, pattern, verification.account(), count, closest, uncheckable, evicted);
        return new VerificationResult(holds, count, expected, message, closest);
    }

    /** The requests found by a search, newest first: {@code total} counts every match, {@code requests} holds at most the limit. */
    public record Found(int total, List<JournalEntry> requests) {
    }

    /** The journal's requests that match the search's pattern, newest first (SPEC §7.1). */
    public Found find(RequestSearch search) {
        if (search == null) {
            throw MockException.invalid("Invalid request search", List.of("the body must be a request pattern object"));
        }
        List<String> problems = new ArrayList<>(search.account() == null ? List.of() : accountProblems(search.account()));
        problems.addAll(search.pattern().problems(""));
        if (search.limit() != null && search.limit() < 0) {
            problems.add("limit: must be 0 or more");
        }
        if (!problems.isEmpty()) {
            throw MockException.invalid("Invalid request search", problems);
        }
        JournalQuery scope = search.account() == null ? JournalQuery.ALL : JournalQuery.account(search.account());
        return matching(scope, search.pattern(), search.limit() == null ? DEFAULT_LIMIT : search.limit());
    }

    /**
     * The requests within the journal filters {@code scope} that also match a pattern given to those
     * filters ({@code GET /__admin/requests?pattern=…}), newest first, at most {@code limit}; a pattern
     * with problems is a 400 listing them.
     */
    public Found find(JournalQuery scope, RequestPattern pattern, int limit) {
        filter(pattern);
        return matching(scope, pattern, limit);
    }

    private Found matching(JournalQuery scope, RequestPattern pattern, int limit) {
        List<JournalEntry> matching = journal.find(scope, Integer.MAX_VALUE).stream().filter(pattern::matches).toList();
        return new Found(matching.size(), matching.subList(0, Math.min(limit, matching.size())));
    }

    /**
     * The test of a pattern given to the journal's filters ({@code GET /__admin/requests?pattern=…}); a
     * pattern with problems is a 400 listing them.
     */
    public Predicate<JournalEntry> filter(RequestPattern pattern) {
        if (pattern == null) {
            throw MockException.invalid("Invalid query", List.of("pattern: must be a request pattern object"));
        }
        List<String> problems = pattern.problems("pattern.");
        if (!problems.isEmpty()) {
            throw MockException.invalid("Invalid query", problems);
        }
        return pattern::matches;
    }

    public SequenceResult verifySequence(SequenceVerification sequence) {
        if (sequence == null) {
            throw MockException.invalid("Invalid verification", List.of("the body must be a sequence verification object"));
        }
        List<String> problems = new ArrayList<>(accountProblems(sequence.account()));
        if (sequence.requests() == null || sequence.requests().isEmpty()) {
            problems.add("requests: give the request patterns to find in order (at least one)");
        } else {
            for (int i = 0; i < sequence.requests().size(); i++) {
                RequestPattern pattern = sequence.requests().get(i);
                if (pattern == null) {
                    problems.add("requests[" + i + "]: must be a request pattern object");
                } else {
                    problems.addAll(pattern.problems("requests[" + i + "]."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw MockException.invalid("Invalid verification", problems);
        }
        List<JournalEntry> oldestFirst = new ArrayList<>(
                journal.find(JournalQuery.account(sequence.account()), Integer.MAX_VALUE));
        java.util.Collections.reverse(oldestFirst);
        List<RequestPattern> patterns = sequence.requests();
        int matched = 0;
        for (JournalEntry entry : oldestFirst) {
            if (matched < patterns.size() && patterns.get(matched).matches(entry)) {
                matched++;
            }
        }
        boolean holds = matched == patterns.size();
        String message;
        if (holds) {
            message = "found the " + patterns.size() + " requests in order for " + sequence.account();
        } else {
            RequestPattern missing = patterns.get(matched);
            message = "expected " + missing.describe()
                    + (matched == 0 ? " (request 1 of the sequence)"
                            : " after " + patterns.get(matched - 1).describe() + " (request " + (matched + 1) + " of "
                                    + patterns.size() + ")")
                    + " for " + sequence.account() + "; found " + matched + " of " + patterns.size() + " in order"
                    + evictionNote(sequence.account(), journal.evicted(sequence.account()));
        }
        return new SequenceResult(holds, matched, patterns.size(), message);
    }

    private String message(boolean holds, String expected, RequestPattern pattern, String account, int count,
            List<Near> closest, boolean uncheckable, long evicted) {
        String head = "expected " + expected + " " + pattern.describe() + " for " + account + ", got " + count;
        if (holds) {
            return head;
        }
        if (uncheckable) {
            return head + evictionNote(account, evicted);
        }
        if (closest.isEmpty()) {
            return head + (count == 0 ? "; the journal holds no other request of this account" : "");
        }
        List<String> near = new ArrayList<>();
        for (Near candidate : closest) {
            int n = candidate.differences().size();
            near.add(candidate.request() + " (" + n + (n == 1 ? " difference)" : " differences)"));
        }
        return head + "; closest: " + String.join("; ", near);
    }

    private String evictionNote(String account, long evicted) {
        return evicted == 0 ? "" : "; " + evicted + " older request" + (evicted == 1 ? " of this account was" : "s of this account were")
                + " evicted from the journal, which keeps " + journal.capacity()
                + " requests: raise mock.journal.max-entries (MOCK_JOURNAL_MAX_ENTRIES) to verify this";
    }

    private static List<String> accountProblems(String account) {
        if (account == null) {
            return List.of("account: is required, an Account SID (AC...)");
        }
        return Sids.isAccountSid(account) ? List.of() : List.of("account: must be an Account SID (AC...), got " + account);
    }

    /** A request that did not match, with its rank among them (newest first). */
    private record Candidate(JournalEntry entry, List<Difference> differences, int order) {
    }
}
