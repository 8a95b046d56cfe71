package dev.csmock.journal;

import dev.csmock.config.MockConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The bounded request journal: a ring of the latest {@code mock.journal.max-entries} requests.
 * Recording is one atomic increment and one array store, with no lock on the request path.
 */
@ApplicationScoped
public class RequestJournal {

    private final AtomicReferenceArray<JournalEntry> ring;
    private final AtomicLong sequence = new AtomicLong();
    private final int capacity;

    public RequestJournal(MockConfig config) {
        this.capacity = Math.max(1, config.journal().maxEntries());
        this.ring = new AtomicReferenceArray<>(capacity);
    }

    /** The next sequence number, to be given to the entry that {@link #record} stores. */
    public long nextSequence() {
        return sequence.incrementAndGet();
    }

    public void record(JournalEntry entry) {
        ring.set((int) (entry.sequence() % capacity), entry);
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
        for (JournalEntry entry : newestFirst()) {
            if (query.matches(entry)) {
                count++;
            }
        }
        return count;
    }

    /** Removes the matching entries. */
    public void clear(JournalQuery query) {
        for (int slot = 0; slot < capacity; slot++) {
            JournalEntry entry = ring.get(slot);
            if (entry != null && query.matches(entry)) {
                ring.compareAndSet(slot, entry, null);
            }
        }
    }

    /** The accounts that appear in the journal. */
    public Set<String> accounts() {
        Set<String> accounts = new HashSet<>();
        for (JournalEntry entry : newestFirst()) {
            if (entry.account() != null) {
                accounts.add(entry.account());
            }
        }
        return accounts;
    }

    private List<JournalEntry> newestFirst() {
        List<JournalEntry> entries = new ArrayList<>(capacity);
        for (int slot = 0; slot < capacity; slot++) {
            JournalEntry entry = ring.get(slot);
            if (entry != null) {
                entries.add(entry);
            }
        }
        entries.sort((a, b) -> Long.compare(b.sequence(), a.sequence()));
        return entries;
    }
}
