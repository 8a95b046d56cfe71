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
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The bounded request journal: exactly the latest {@code mock.journal.max-entries} requests, in
 * the order their exchanges ended. An entry gets its sequence number when it is recorded, and a
 * slot of the ring only ever takes an entry newer than the one it holds, so a slow request can
 * never overwrite a newer one. Recording is one atomic increment and one compare-and-set, with
 * no lock on the request path.
 *
 * <p>Readers see only <em>published</em> entries: every entry up to the published sequence number
 * has been written, so a poller that moves its cursor to the highest number it saw can never pass
 * an entry that was numbered but not written yet.
 */
@ApplicationScoped
public class RequestJournal {

    /** Evicted entries are counted for at most this many accounts; beyond it a count is not kept. */
    static final int MAX_ACCOUNTS_COUNTED = 100_000;

    private final AtomicReferenceArray<JournalEntry> ring;
    private final ConcurrentHashMap<String, LongAdder> evicted = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    /** Every entry numbered up to this one has been written to its slot: the highest number readers see. */
    private final AtomicLong published = new AtomicLong();
    /** Per slot, the highest sequence number ever written to it (clearing a slot leaves it). */
    private final AtomicLongArray written;
    private final int capacity;
    private final int maxBodyBytes;

    public RequestJournal(MockConfig config) {
        this.capacity = Math.max(1, config.journal().maxEntries());
        this.maxBodyBytes = Math.max(0, config.journal().maxBodyBytes());
        this.ring = new AtomicReferenceArray<>(capacity);
        this.written = new AtomicLongArray(capacity);
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
        written.accumulateAndGet(slot, entry.sequence(), Math::max);
        publish();
    }

    /** Moves the published number over every entry written in order; any writer may move it for the others. */
    private void publish() {
        while (true) {
            long current = published.get();
            long next = current + 1;
            if (next > sequence.get() || written.get((int) (next % capacity)) < next) {
                return;
            }
            published.compareAndSet(current, next);
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

    /** The sequence number of the latest entry readers can see (0 before the first); every earlier one is written. */
    public long latest() {
        return published.get();
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

    /**
     * A poll: the matching entries numbered after {@code after}, <em>oldest first</em>, at most
     * {@code limit}; {@code next} is the cursor for the following poll, and {@code missed} how many
     * entries numbered after {@code after} the journal dropped before this read (of any account).
     */
    public Poll poll(JournalQuery query, long after, int limit) {
        long visible = published.get();
        List<JournalEntry> found = new ArrayList<>();
        for (JournalEntry entry : current(visible)) {
            if (entry.sequence() > after && query.matches(entry)) {
                found.add(entry);
            }
        }
        found.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
        boolean more = found.size() > limit;
        List<JournalEntry> page = more ? List.copyOf(found.subList(0, limit)) : found;
        long next = more ? page.get(page.size() - 1).sequence() : Math.max(after, visible);
        long missed = Math.max(0, visible - capacity - after);
        return new Poll(page, next, missed);
    }

    /** One poll's entries, oldest first, the cursor to pass next time, and how many entries were dropped unread. */
    public record Poll(List<JournalEntry> entries, long next, long missed) {
    }

    public int count(JournalQuery query) {
        int count = 0;
        for (JournalEntry entry : current(published.get())) {
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
        for (JournalEntry entry : current(published.get())) {
            if (entry.account() != null) {
                counts.merge(entry.account(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private List<JournalEntry> newestFirst() {
        List<JournalEntry> entries = current(published.get());
        entries.sort((a, b) -> Long.compare(b.sequence(), a.sequence()));
        return entries;
    }

    /**
     * The published entries among the latest {@code capacity} sequence numbers up to {@code visible}
     * (a slot may still hold an older one, or already a newer one that is not published yet).
     */
    private List<JournalEntry> current(long visible) {
        long oldestKept = visible - capacity;
        List<JournalEntry> entries = new ArrayList<>(capacity);
        for (int slot = 0; slot < capacity; slot++) {
            JournalEntry entry = ring.get(slot);
            if (entry != null && entry.sequence() > oldestKept && entry.sequence() <= visible) {
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
