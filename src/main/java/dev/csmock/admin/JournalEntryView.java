package dev.csmock.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.csmock.journal.JournalEntry;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A journal entry as the admin API shows it; {@code params} holds the first value of each form
 * parameter; {@code truncated} says the body was longer than {@code mock.journal.max-body-bytes}
 * (its params are then not shown); {@code credential}: the Basic-auth user name the request
 * authenticated with (the Account SID, or an API key {@code SK…}); {@code outcome}: {@code answered}, {@code connection-fault} (a rule
 * ended the connection) or {@code client-left} (the client closed it before the answer).
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JournalEntryView(
        long sequence,
        String id,
        Instant time,
        String method,
        String path,
        String resource,
        String account,
        String credential,
        Integer status,
        long durationMs,
        String faultId,
        String faultReason,
        Map<String, String> params,
        Map<String, String> headers,
        boolean truncated,
        String outcome) {

    static JournalEntryView of(JournalEntry entry) {
        Map<String, String> params = new LinkedHashMap<>();
        entry.params().forEach((name, values) -> params.put(name, values.isEmpty() ? "" : values.get(0)));
        return new JournalEntryView(entry.sequence(), entry.id(), entry.time(), entry.method(), entry.path(), entry.resource(),
                entry.account(), entry.credential(), entry.status(), entry.durationMs(), entry.faultId(), entry.faultReason(), params, entry.headers(),
                entry.truncated(), entry.outcome());
    }
}
