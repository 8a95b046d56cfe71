package dev.csmock.journal;

import dev.csmock.config.MockConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The bounded request journal: exactly the latest {@code mock.journal.max-entries} requests, in
 * the order their exchanges ended. An entry gets its sequence number when it is recorded, and a
 * slot of the ring only ever takes an entry newer than the one it holds, so a slow request can
 * never overwrite a newer one. Recording is one atomic increment and one compare-and-set, with
 * no lock on the request path.
 */
@ApplicationScoped
public class RequestJournal {

    /** Evicted entries are counted for at most this many accounts; beyond it a count is not kept. */
    static final int MAX_ACCOUNTS_COUNTED = 100_000;

    private final AtomicReferenceArray<JournalEntry> ring;
    private final ConcurrentHashMap<String, LongAdder> evicted = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final int capacity;
    private final int maxBodyBytes;

    public RequestJournal(MockConfig config) {
        this.capacity = Math.max(1, config.journal().maxEntries());
        this.maxBodyBytes = Math.max(0, config.journal().maxBodyBytes());
        this.ring = new AtomicReferenceArray<>(capacity);
    }

    /**
     * Records a finished request: the journal assigns its sequence number and keeps at most
     * {@code mock.journal.max-body-bytes} of its body.
     */
    public void record(Recorded request) {
        JournalEntry entry = request.toEntry(sequence.incrementAndGet()).withBodyCappedAt(maxBodyBytes);
        int slot = (int) (entry.sequence() % capacity);
        JournalEntry previous = ring.getAndAccumulate(slot, entry, (held, offered) ->
                held == null || held.sequence() < offered.sequence() ? offered : held);
        if (previous != null && previous.sequence() < entry.sequence() && previous.account() != null) {
            countEviction(previous.account());
        }
    }

    private void countEviction(String account) {
        LongAdder count = evicted.get(account);
        if (count == null) {
            if (evicted.size() >= MAX_ACCOUNTS_COUNTED) {
                return;
            }
            count = evicted.computeIfAbsent(account, ignored -> new LongAdder());
        }
        count.increment();
    }

    /** How many entries of this account the journal dropped to make room since it was last cleared for it. */
    public long evicted(String account) {
        LongAdder count = evicted.get(account);
        return count == null ? 0 : count.sum();
    }

    /** The sequence number of the latest entry recorded (0 before the first). */
    public long latest() {
        return sequence.get();
    }

    /** How many entries the journal keeps ({@code mock.journal.max-entries}). */
    public int capacity() {
        return capacity;
    }

    /** Matching entries, newest first, at most {@code limit}. */
    public List<JournalEntry> find(JournalQuery query, int limit) {
        List<JournalEntry> found = new ArrayList<>();
        for (JournalEntry entry : newestFirst()) {
            if (found.size() >= limit) {
                break;
            }
            if (query.matches(entry)) {
                found.add(entry);
            }
        }
        return found;
    }

    public int count(JournalQuery query) {
        int count = 0;
        for (JournalEntry entry : current()) {
            if (query.matches(entry)) {
                count++;
            }
        }
        return count;
    }

    /** Removes the matching entries (and forgets the evictions of the account cleared, or of all). */
    public void clear(JournalQuery query) {
        if (query.account() != null) {
            evicted.remove(query.account());
        } else {
            evicted.clear();
        }
        for (int slot = 0; slot < capacity; slot++) {
            JournalEntry entry = ring.get(slot);
            if (entry != null && query.matches(entry)) {
                ring.compareAndSet(slot, entry, null);
            }
        }
    }

    /** How many entries each account has, in one pass over the journal. */
    public Map<String, Integer> countsByAccount() {
        Map<String, Integer> counts = new HashMap<>();
        for (JournalEntry entry : current()) {
            if (entry.account() != null) {
                counts.merge(entry.account(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private List<JournalEntry> newestFirst() {
        List<JournalEntry> entries = current();
        entries.sort((a, b) -> Long.compare(b.sequence(), a.sequence()));
        return entries;
    }

    /** The entries among the latest {@code capacity} sequence numbers (a slot may still hold an older one). */
    private List<JournalEntry> current() {
        long oldestKept = sequence.get() - capacity;
        List<JournalEntry> entries = new ArrayList<>(capacity);
        for (int slot = 0; slot < capacity; slot++) {
            JournalEntry entry = ring.get(slot);
            if (entry != null && entry.sequence() > oldestKept) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** A finished request, before the journal numbers it. */
    @FunctionalInterface
    public interface Recorded {
        JournalEntry toEntry(long sequence);
    }
}
